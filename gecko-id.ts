/**
 * The add-on's id in Firefox (`browser_specific_settings.gecko.id`): a UUID of
 * the project's own, so it claims no domain. It must never change once the
 * add-on is listed: Firefox ties installs, storage and updates to it.
 */
export const GECKO_ID = '{6c9d628d-7766-49a4-85ca-c1ed2d7e6e72}';
