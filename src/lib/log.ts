/** What the services and the runtime log through: the shape of pino's methods (Fastify's logger is one). */
export interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}
