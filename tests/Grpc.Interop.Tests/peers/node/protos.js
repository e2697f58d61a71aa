'use strict';

// Loads the interop protos for both the client and the server, from the same
// files the C# projects compile, so every peer speaks the same contract.

const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const INCLUDE_DIRS = [path.resolve(__dirname, '../../Protos'), path.resolve(__dirname, '../../../../src/Grpc/Protos')];

const PROTO_FILES = [
  'test.proto',
  'grpc/health/v1/health.proto',
  'grpc/reflection/v1/reflection.proto',
  'grpc/reflection/v1alpha/reflection.proto',
];

// keepCase keeps proto field names (response_size, not responseSize) so the
// code reads like the spec; enums as strings make health statuses readable;
// oneofs:true names the set member of ServerReflectionResponse.message_response.
const LOADER_OPTIONS = {
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: false,
  oneofs: true,
  includeDirs: INCLUDE_DIRS,
};

function loadProtos() {
  const packageDefinition = protoLoader.loadSync(PROTO_FILES, LOADER_OPTIONS);
  return grpc.loadPackageDefinition(packageDefinition);
}

module.exports = { INCLUDE_DIRS, PROTO_FILES, loadProtos };
