/**
 * A form's errors beside their fields: the attributes tying a field to its error (and to a help text),
 * and the error itself, with the id `<form>-<field>-error` a screen reader follows.
 */
export const fieldErrors = (form: string, errors: Readonly<Record<string, string>>) => {
  const errorId = (field: string) => `${form}-${field}-error`;
  const described = (field: string, help?: string) => {
    const by = [errors[field] ? errorId(field) : null, help ?? null].filter(Boolean).join(' ');
    return { ...(errors[field] ? { 'aria-invalid': 'true' as const } : {}), ...(by ? { 'aria-describedby': by } : {}) };
  };
  const errorOf = (field: string) =>
    errors[field] && (
      <p class="field-error" id={errorId(field)} role="alert">
        {errors[field]}
      </p>
    );
  return { described, errorOf };
};
