// The cdktf CLI's floor: an app that writes one empty stack, so `cdktf synth --app` with it
// measures the CLI's own work (loading, running terraform, reading the output) and nothing else.
import { App, TerraformStack } from "../../lib/terraform-cdk";

const app = new App({ stackTraces: false });
new TerraformStack(app, "empty");
app.synth();
