import { Type } from 'typebox';
import { MAX_LENGTH } from '../../http/limits.js';
import { NonEmptyString } from '../../http/schema-helpers.js';
import { PASSWORD_MAX_LENGTH } from './password-hash.js';

export const SignInBody = Type.Object(
  {
    email: NonEmptyString({ maxLength: MAX_LENGTH.email, description: 'The user’s email (case does not matter)' }),
    password: NonEmptyString({ maxLength: PASSWORD_MAX_LENGTH, description: 'The user’s password' }),
  },
  { title: 'SignInRequest' },
);

export const ConsoleUserView = Type.Object(
  {
    userId: Type.String({ description: 'The user’s id' }),
    email: Type.String(),
    role: Type.String({ description: '`admin` or `member`' }),
    workspaceId: Type.String({ description: 'The workspace the session is in' }),
  },
  { title: 'ConsoleUser' },
);

export const ConsoleSessionView = Type.Object(
  {
    user: ConsoleUserView,
    csrfToken: Type.String({ description: 'Send it as `X-CSRF-Token` on every POST, PUT, PATCH and DELETE made with the session cookie' }),
  },
  { title: 'ConsoleSession' },
);

export const SignedOut = Type.Object({ signedOut: Type.Literal(true) }, { title: 'SignedOut' });

export const SESSION_EXAMPLE = {
  user: { userId: '6571a3f0c2b4d5e6f7a8b9c0', email: 'admin@example.com', role: 'admin', workspaceId: '6571a3f0c2b4d5e6f7a8b9c1' },
  csrfToken: 'Zr3lq0mQx9kq2n8b1Yw6t5Vd4Sa7Pc0Ee2Ff3Gg4Hh5',
};
