import type { ScopeStatus } from '../model/scope-schema';

/** The colours of one scope status on the map: a decision of its own, and one inherited. */
export interface ScopeSwatch {
  own: { fill: string; text: string };
  inherited: { fill: string; text: string };
}

/**
 * The map's scope mode colours, from the Okabe-Ito set (told apart with the common
 * colour-vision deficiencies). A decision of the process's own is drawn solid, an inherited
 * one as a pale tint of it; every cell also prints its status in words, so colour is never
 * the only carrier. Each names a text colour that stays legible on it in either theme.
 */
export const SCOPE_SWATCHES: Readonly<Record<ScopeStatus, ScopeSwatch>> = {
  in: {
    own: { fill: '#0072b2', text: '#ffffff' },
    inherited: { fill: '#cfe3f3', text: '#1d2733' },
  },
  adjacent: {
    own: { fill: '#56b4e9', text: '#1d2733' },
    inherited: { fill: '#e1f1fb', text: '#1d2733' },
  },
  out: {
    own: { fill: '#5d6b7a', text: '#ffffff' },
    inherited: { fill: '#e3e7ec', text: '#4a5663' },
  },
  tbd: {
    own: { fill: '#e69f00', text: '#1d2733' },
    inherited: { fill: '#fbeccc', text: '#1d2733' },
  },
};
