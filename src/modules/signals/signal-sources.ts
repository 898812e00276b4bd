/**
 * The intent-signal sources of SPEC §4.1, in the order the spec lists them (the isIn message follows
 * it). A module of its own: the CLI lists them without loading the schemas.
 */
export const SIGNAL_SOURCES = ['website', 'g2', 'bombora', 'linkedin'] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];
