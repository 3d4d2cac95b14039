/** Stack name of an environment: what `cdktf deploy <stack>` takes, and the cdktf.out folder. */
export function stackNameOf(envName: string): string {
  return `ml-dashboard-auth-${envName}`;
}
