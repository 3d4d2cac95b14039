/** Names that say a value is a credential (API_KEY, clientSecret, DB_PASSWORD, token...). */
export const CREDENTIAL_NAME = /secret|password|passwd|token|api[_-]?key|private[_-]?key|credential|signing[_-]?key/i;

/** `${var.NAME}`: a value that Terraform takes from a variable at apply time. */
export const VARIABLE_REFERENCE = /^\$\{\s*var\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}$/;
