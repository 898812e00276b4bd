/** The page the vendor's documentation sends people to for a key, named exactly so. */
export const API_ACCESS_KEY_PATH = '/settings/workspace/tech-settings/api-access-key';
