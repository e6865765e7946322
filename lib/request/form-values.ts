// Reading what a request carries, without casts: form fields and URL query values.

/** A form field as text; a missing field or a file is the empty string. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** The first value of a query parameter (`?q=a&q=b` gives "a"). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
