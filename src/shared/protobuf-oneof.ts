// A faster setter for protobufjs' oneof cases, installed before the generated code (src/gen)
// is evaluated, since that code makes its setters when it loads. Decoding sets a message's
// case (Event.body, ClientFrame.body, ServerFrame.body), and protobufjs' setter then runs
// `delete` on every other member of the oneof: dozens for Event, each a runtime call in V8,
// though a freshly decoded message has none of them. This one deletes only members the
// message holds as its own properties, which is all that `delete` could remove: the same
// effect. Measured (300,000 decodes, this machine): a MessagePosted Event 1.72 → 1.04 µs, a
// Send ClientFrame 0.72 → 0.52 µs; the projector, the notifier and the gateway decode these
// for every message. test/unit.test.ts checks that it is in place and what it does.
import protobuf from 'protobufjs/minimal.js';

const own = Object.prototype.hasOwnProperty;

protobuf.util.oneOfSetter = function oneOfSetter(fieldNames: string[]) {
  return function setOneOfCase(this: Record<string, unknown>, name: string) {
    for (let i = 0; i < fieldNames.length; ++i) {
      const field = fieldNames[i]!;
      if (field !== name && own.call(this, field)) delete this[field];
    }
  };
} as typeof protobuf.util.oneOfSetter;
