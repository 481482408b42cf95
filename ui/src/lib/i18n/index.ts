/** The translation layer: every string a person reads comes through here. */
export { LANGS, formatDate, formatMessage, langFromTag } from "./fluent";
export { chooseLocale, date, i18n, loadLocale, localized, moment, t } from "./locale.svelte";
