/**
 * Makes a string reach Terraform exactly as written. Strings in Terraform JSON are templates:
 * `${...}` is an interpolation and `%{...}` a directive, so JavaScript such as
 * `${appName}` in an Action's code would break `terraform plan` (or worse, be evaluated).
 * Terraform reads `$${` as a literal `${` and `%%{` as a literal `%{`.
 */
export function terraformLiteral(text: string): string {
  if (!text.includes("{")) return text;
  // Replacer functions, because in a replacement *string* "$$" itself means a single "$".
  return text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/** terraformLiteral for each string of a list. */
export function terraformLiterals(texts: readonly string[]): string[] {
  return texts.map(terraformLiteral);
}
