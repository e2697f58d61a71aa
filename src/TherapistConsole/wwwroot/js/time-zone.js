// The browser's time zone, as an IANA name ("Europe/London"), for the console to show times in.
export function timeZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
}
