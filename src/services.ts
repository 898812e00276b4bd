import type { DatabaseHandle } from './db/index.js';
import { WorkspacesService } from './modules/workspaces/workspaces.service.js';
import { CustomFieldsService } from './modules/custom-fields/custom-fields.service.js';

/** Every service, built once per app over one database handle. */
export interface Services {
  database: DatabaseHandle;
  workspaces: WorkspacesService;
  customFields: CustomFieldsService;
}

export function createServices(database: DatabaseHandle): Services {
  const workspaces = new WorkspacesService(database.db, database.dialect);
  const customFields = new CustomFieldsService(database.db, database.dialect);
  return { database, workspaces, customFields };
}
