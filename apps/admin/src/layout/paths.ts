/** Custom pages outside the resources. */
export const MAP_PATH = '/map';
export const SETTINGS_PATH = '/settings';
export const RENEWALS_PATH = '/renewals';
export const SENT_MAIL_PATH = '/sent-mail';
export const REPORTS_PATH = '/reports';
