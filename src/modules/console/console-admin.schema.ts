import { Type } from 'typebox';
import { MAX_LENGTH } from '../../http/limits.js';
import { Nullable, StringEnum } from '../../http/schema-helpers.js';
import { IsoTimestamp } from '../../http/response-schemas.js';
import { PASSWORD_MAX_LENGTH } from './password-hash.js';

// The console's key and admin routes (issue 12): the signed-in user's API key, the workspace's
// users and its API access switch.

/** Which of the user's two keys: the read-write one (default), or the read-only one. */
export const ApiKeyKind = Type.Object(
  { readOnly: Type.Optional(Type.Boolean({ description: '`true`: the user’s read-only key (its writes answer 403) instead of the read-write one' })) },
  { additionalProperties: false },
);

export const ApiKeyStatusView = Type.Object(
  {
    active: Type.Boolean({ description: 'Whether the signed-in user has an active key of this kind' }),
    keyPrefix: Nullable(Type.String({ description: 'The key’s first characters, not secret (`ib_` + 6)' })),
    createdAt: Nullable(IsoTimestamp({ description: 'When the active key was generated' })),
  },
  { title: 'ApiKeyStatus' },
);

export const GeneratedApiKey = Type.Object(
  {
    apiKey: Type.String({ description: 'The new key, shown this once: only its hash is stored' }),
    keyPrefix: Type.String(),
    createdAt: IsoTimestamp(),
  },
  { title: 'GeneratedApiKey' },
);

const Role = () => StringEnum(['admin', 'member'] as const, { description: '`admin` may manage users, keys and the API access switch' });

export const ConsoleUserListing = Type.Object(
  {
    userId: Type.String(),
    email: Type.String(),
    role: Type.String({ description: '`admin` or `member`' }),
    createdAt: IsoTimestamp(),
    hasPassword: Type.Boolean({ description: 'Whether the user can sign in to the console' }),
  },
  { title: 'WorkspaceUser' },
);

export const UserList = Type.Object({ users: Type.Array(ConsoleUserListing) }, { title: 'WorkspaceUsers' });

const Password = () =>
  Type.String({
    minLength: 1,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'At least 12 characters; leave it out to have the server generate one (answered once)',
  });

export const CreateUserBody = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: MAX_LENGTH.email }),
    role: Role(),
    password: Type.Optional(Password()),
  },
  { title: 'CreateUserRequest', additionalProperties: false },
);

export const ResetPasswordBody = Type.Object({ password: Type.Optional(Password()) }, { title: 'ResetPasswordRequest', additionalProperties: false });

export const UserParams = Type.Object({ userId: Type.String({ maxLength: 24 }) });

export const PasswordResult = Type.Object(
  {
    user: ConsoleUserListing,
    generatedPassword: Nullable(Type.String({ description: 'The password the server generated, shown this once; null when one was given' })),
  },
  { title: 'UserPassword' },
);

export const RemovedUser = Type.Object({ removed: Type.Literal(true), userId: Type.String() }, { title: 'RemovedUser' });

export const WorkspaceSettingsView = Type.Object(
  {
    workspaceId: Type.String(),
    name: Type.String(),
    apiAccess: Type.Boolean({ description: 'Whether `X-Api-Key` requests are accepted; console sessions work either way' }),
  },
  { title: 'WorkspaceSettings' },
);

export const WorkspaceSettingsBody = Type.Object({ apiAccess: Type.Boolean() }, { title: 'WorkspaceSettingsRequest', additionalProperties: false });
