// The band logic is shared with the diagram export (shared/render/diagram-names.ts).
export { domainBandOf, type DomainBand } from '../../../shared/etom/domain-band';
