/** Custom pages outside the resources. */
export const MAP_PATH = '/map';
export const SETTINGS_PATH = '/settings';
