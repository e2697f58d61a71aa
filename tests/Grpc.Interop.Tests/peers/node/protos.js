'use strict';

// Loads what the node peer speaks: the telehealth contract from src/Contracts/Protos (the
// public API, exactly as a patient app would take it) and the standard gRPC protocols
// (health, reflection, google.rpc error details) from ../../Protos.

const fs = require('node:fs');
const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const protobuf = require('protobufjs');

const REPOSITORY = path.resolve(__dirname, '../../../..');
const INCLUDE_DIRS = [
  path.join(REPOSITORY, 'src/Contracts/Protos'),
  path.join(REPOSITORY, 'tests/Grpc.Interop.Tests/Protos'),
];

const CONTRACT_FILES = [
  'telehealth/prescription/v1/prescription.proto',
  'telehealth/scheduling/v1/scheduling.proto',
  'telehealth/progress/v1/progress.proto',
  'telehealth/notification/v1/notification.proto',
];
const STANDARD_FILES = [
  'grpc/health/v1/health.proto',
  'grpc/reflection/v1/reflection.proto',
  'grpc/reflection/v1alpha/reflection.proto',
];
const ERROR_MODEL_FILES = ['google/rpc/status.proto', 'google/rpc/error_details.proto'];

// keepCase keeps proto field names (after_cursor, not afterCursor) so the cases read like the
// contract; enums as strings keep statuses readable; oneofs:true names the set member of
// ServerReflectionResponse.message_response.
const LOADER_OPTIONS = {
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: false,
  oneofs: true,
  includeDirs: INCLUDE_DIRS,
};

function loadServices() {
  return grpc.loadPackageDefinition(protoLoader.loadSync([...CONTRACT_FILES, ...STANDARD_FILES], LOADER_OPTIONS));
}

// The rich error model is read by hand from grpc-status-details-bin, so it needs real
// message types rather than a grpc package definition.
function loadErrorModel() {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) =>
    INCLUDE_DIRS.map((dir) => path.join(dir, target)).find((candidate) => fs.existsSync(candidate)) ?? target;
  root.loadSync(ERROR_MODEL_FILES, { keepCase: true });
  return {
    Status: root.lookupType('google.rpc.Status'),
    BadRequest: root.lookupType('google.rpc.BadRequest'),
  };
}

module.exports = { LOADER_OPTIONS, loadServices, loadErrorModel };
