/** What the header shows for a user: the email, else the name, else the subject. */
export function displayNameOf(claims: Readonly<Record<string, unknown>> | undefined): string {
  for (const key of ["email", "name", "nickname", "sub"]) {
    const value = claims?.[key];
    if (typeof value === "string" && value.length > 0) return value;
  }
  return "unknown user";
}
