import { Testing } from "cdktf";
// Brings the matchers' type declarations (a global augmentation of jest.Matchers) into scope.
import "cdktf/lib/testing/adapters/jest";

// Adds cdktf's matchers (toHaveResource, toHaveResourceWithProperties, ...) to expect.
Testing.setupJest();
