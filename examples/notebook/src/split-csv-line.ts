/**
 * Splits one CSV line into its fields (RFC 4180 quoting, no line breaks inside fields).
 *
 * @param line - the line, without its line end.
 * @returns the fields, unquoted.
 * @example
 * ```ts
 * splitCsvLine('43-3031,"Bookkeeping, accounting",0.25'); // ['43-3031', 'Bookkeeping, accounting', '0.25']
 * ```
 */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const character = line[index];
    if (quoted) {
      if (character === '"' && line[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      fields.push(field);
      field = '';
    } else field += character;
  }
  fields.push(field);
  return fields;
}
