'use strict';

// grpc.testing.TestService/UnaryCall on grpc-js, the reference point for
// benchmarks/Grpc/run.sh: answers response_size zero bytes, nothing else.
//
//   node grpcjs-server.js
//
// Binds 127.0.0.1 on a free port, prints `listening 127.0.0.1:PORT` once bound
// and serves until SIGTERM or SIGINT. grpc-js and proto-loader come from the
// interop peers' node_modules (tests/Grpc.Interop.Tests/peers/node); the service from
// Protos/unary.proto, as BenchServer compiles it.

const path = require('node:path');

const REPO = path.resolve(__dirname, '../..');
const PEERS_MODULES = path.join(REPO, 'tests/Grpc.Interop.Tests/peers/node/node_modules');
const PROTOS = path.join(__dirname, 'Protos');

const grpc = require(path.join(PEERS_MODULES, '@grpc/grpc-js'));
const protoLoader = require(path.join(PEERS_MODULES, '@grpc/proto-loader'));

const definition = protoLoader.loadSync('unary.proto', {
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: false,
  includeDirs: [PROTOS],
});
const { TestService } = grpc.loadPackageDefinition(definition).grpc.testing;

function unaryCall(call, callback) {
  callback(null, { payload: { body: Buffer.alloc(call.request.response_size ?? 0) } });
}

const server = new grpc.Server();
server.addService(TestService.service, { UnaryCall: unaryCall });
server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, port) => {
  if (error) {
    console.error(error.message);
    process.exit(1);
  }
  console.log(`listening 127.0.0.1:${port}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => server.tryShutdown(() => process.exit(0)));
}
