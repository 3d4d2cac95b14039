// Entry point of the cdktf app (see cdktf.json): one stack per config/<env>.json.
import { runApp } from "./lib/app";

process.exitCode = runApp(__dirname, process.env);
