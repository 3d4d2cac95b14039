import * as http from "node:http";
import {
  applyIdentity,
  forwardedRequestHeaders,
  headerValue,
  IDENTITY_HEADERS,
} from "../../tools/gateway/identity-headers";

// What the dashboard receives about a user whose names are not plain ASCII, on a real (unsent)
// Node request: Node refuses header values with controls or characters outside Latin-1.

const utf8Of = (value: unknown) => Buffer.from(String(value), "latin1").toString("utf8");

test("names outside Latin-1 reach the dashboard as their UTF-8 bytes, and controls never do", () => {
  const request = http.request("http://127.0.0.1:1/");
  request.on("error", () => undefined);
  try {
    applyIdentity(
      request,
      {},
      {
        user: "samlp|corp|Łukasz",
        email: "例え@example.jp",
        preferredUsername: "Zoë\r\nX-Forwarded-User: admin",
        roles: ["ml-viewer", "Ωmega"],
      },
      "appSession",
    );
    expect(utf8Of(request.getHeader(IDENTITY_HEADERS.user))).toBe("samlp|corp|Łukasz");
    expect(utf8Of(request.getHeader(IDENTITY_HEADERS.email))).toBe("例え@example.jp");
    expect(utf8Of(request.getHeader(IDENTITY_HEADERS.groups))).toBe("ml-viewer,Ωmega");
    // Latin-1 passes as it is; the CR/LF that would have added a header is gone.
    expect(request.getHeader(IDENTITY_HEADERS.preferredUsername)).toBe("ZoëX-Forwarded-User: admin");
  } finally {
    request.destroy();
  }
});

test("plain values are passed as they are", () => {
  expect(headerValue("auth0|64b7c2 alice@example.com")).toBe("auth0|64b7c2 alice@example.com");
});

test("an HTTP request's headers for the dashboard: the client's, minus its hop, forgeries and the gateway's cookies, plus the identity", () => {
  const identity = { user: "auth0|bob", email: "bob@example.com", roles: ["ml-viewer"] };
  const headers = forwardedRequestHeaders(
    {
      host: "gateway.example.com",
      accept: "text/html",
      connection: "keep-alive, X-Hop",
      "x-hop": "this hop only",
      "keep-alive": "timeout=5",
      "transfer-encoding": "chunked",
      expect: "100-continue",
      te: "trailers",
      upgrade: "h2c",
      "x-forwarded-user": "alice",
      "X-Remote-User": "alice",
      "x-forwarded-groups": "ml-admin",
      cookie: "appSession=abc; _xsrf=1; auth_verification=x; appSession.0=chunk",
      "set-cookie": ["a=b"],
    },
    identity,
    "appSession",
  );
  expect(headers).toEqual({
    host: "gateway.example.com",
    accept: "text/html",
    "set-cookie": ["a=b"],
    cookie: "_xsrf=1",
    [IDENTITY_HEADERS.user]: "auth0|bob",
    [IDENTITY_HEADERS.email]: "bob@example.com",
    [IDENTITY_HEADERS.groups]: "ml-viewer",
  });
  // The same identity's headers are built once, but every request gets its own header object.
  const again = forwardedRequestHeaders({ cookie: "appSession=abc" }, identity, "appSession");
  expect(again).toEqual({
    [IDENTITY_HEADERS.user]: "auth0|bob",
    [IDENTITY_HEADERS.email]: "bob@example.com",
    [IDENTITY_HEADERS.groups]: "ml-viewer",
  });
  expect(again).not.toBe(headers);
});
