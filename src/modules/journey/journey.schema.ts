import { Type, type Static } from 'typebox';
import { IsoTimestamp } from '../../http/response-schemas.js';

export const MOVEMENT_WEEKS = { min: 1, max: 52, default: 26 } as const;

export const MovementsQuery = Type.Object({
  weeks: Type.Optional(
    Type.Integer({
      minimum: MOVEMENT_WEEKS.min,
      maximum: MOVEMENT_WEEKS.max,
      default: MOVEMENT_WEEKS.default,
      description: `How many ISO weeks, the current one included (${MOVEMENT_WEEKS.min}–${MOVEMENT_WEEKS.max}, default ${MOVEMENT_WEEKS.default})`,
    }),
  ),
});
export type MovementsQuery = Static<typeof MovementsQuery>;

const Count = () => Type.Integer({ minimum: 0 });

export const JourneyFunnel = Type.Object(
  {
    stages: Type.Array(Type.Object({ stage: Type.String(), accounts: Count() }), { description: 'Every stage in funnel order, top first' }),
    totalAccounts: Count(),
  },
  { title: 'JourneyFunnel', description: 'How many of the workspace’s accounts are in each journey stage now' },
);
export type JourneyFunnel = Static<typeof JourneyFunnel>;

export const JourneyMovements = Type.Object(
  {
    stages: Type.Array(Type.String(), { description: 'The stages in funnel order (the order of each week’s `movements`)' }),
    weeks: Type.Array(
      Type.Object({
        weekStart: IsoTimestamp({ description: 'The week’s Monday, 00:00 UTC' }),
        movements: Type.Array(Type.Object({ stage: Type.String(), entered: Count(), left: Count() })),
      }),
      { description: 'Oldest first, one per week with or without movements; the last is the current week' },
    ),
  },
  { title: 'JourneyMovements', description: 'How many accounts entered and left each journey stage, per ISO week' },
);
export type JourneyMovements = Static<typeof JourneyMovements>;
