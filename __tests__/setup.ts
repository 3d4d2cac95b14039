import { skipPlainObjectStacks } from "../scripts/run-ts/stack-traces";
import { Testing } from "../lib/terraform-cdk";
// Brings the matchers' type declarations (a global augmentation of jest.Matchers) into scope.
import "cdktf/lib/testing/adapters/jest";

// Adds cdktf's matchers (toHaveResource, toHaveResourceWithProperties, ...) to expect.
Testing.setupJest();

// cdktf captures a stack trace on a plain object for every token it creates, and jest would
// source-map every frame of each: Errors keep jest's mapped stacks, those captures stay empty.
skipPlainObjectStacks({ debug: Boolean(process.env.ML_DASHBOARD_DEBUG) });
