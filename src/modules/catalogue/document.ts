/**
 * The catalogue document: the whole service catalogue as one JSON file. `saumaton catalogue
 * export` writes it, `saumaton catalogue import` and the demo seed read it. Records carry their
 * ids so references (unit → producer, step → service) survive a round trip.
 */
import type { ServiceChain, ServicePackage } from '../pathways/model.js';
import type { Channel, Contract, Input, Producer, Service, Unit } from './model.js';

export const CATALOGUE_FORMAT = 'saumaton-catalogue';
export const CATALOGUE_FORMAT_VERSION = 1;

type WithId<T> = Input<T> & { id: string };

export interface CatalogueDocument {
  format: typeof CATALOGUE_FORMAT;
  formatVersion: typeof CATALOGUE_FORMAT_VERSION;
  /** Free text: what this catalogue is, e.g. "Demo county: Kanta-Häme, seed 1". */
  title: string;
  producers: WithId<Producer>[];
  units: WithId<Unit>[];
  services: WithId<Service>[];
  channels: WithId<Channel>[];
  contracts: WithId<Contract>[];
  packages: WithId<ServicePackage>[];
  chains: WithId<ServiceChain>[];
}
