'use strict';

// The public API as the services publish it: the .proto files under src/Contracts/Protos,
// loaded at run time (nothing generated, nothing copied), so the app follows the contract as
// it is in the repository.

const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const protobuf = require('protobufjs');

const REPOSITORY = path.resolve(__dirname, '..', '..', '..');
const CONTRACTS = path.join(REPOSITORY, 'src', 'Contracts', 'Protos');
// google/rpc/status.proto and error_details.proto, for the field list of INVALID_ARGUMENT.
const RPC_PROTOS = path.join(REPOSITORY, 'src', 'Grpc', 'Protos');

const SERVICE_FILES = {
  prescription: 'telehealth/prescription/v1/prescription.proto',
  scheduling: 'telehealth/scheduling/v1/scheduling.proto',
  progress: 'telehealth/progress/v1/progress.proto',
  notification: 'telehealth/notification/v1/notification.proto',
};

// Field names in lowerCamelCase (the proto3 JSON names), enums by name, int64 as strings and
// every field present with its default, so what the app prints is proto3 JSON as the other
// languages' parsers read it (timestamps are turned into RFC 3339 strings on output).
const LOADER_OPTIONS = {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  // No real oneofs in the contract; proto3 optional fields must not add "_field" keys to the output.
  oneofs: false,
  includeDirs: [CONTRACTS],
};

let loaded;

/** The four services' client constructors, keyed by service name. */
function serviceConstructors() {
  if (!loaded) {
    const definition = protoLoader.loadSync(Object.values(SERVICE_FILES), LOADER_OPTIONS);
    const root = grpc.loadPackageDefinition(definition);
    loaded = {
      prescription: root.telehealth.prescription.v1.PrescriptionService,
      scheduling: root.telehealth.scheduling.v1.SchedulingService,
      progress: root.telehealth.progress.v1.ProgressService,
      notification: root.telehealth.notification.v1.NotificationService,
    };
  }
  return loaded;
}

let statusTypes;

/** google.rpc.Status and google.rpc.BadRequest, to read grpc-status-details-bin. */
function richStatusTypes() {
  if (!statusTypes) {
    const root = new protobuf.Root();
    root.resolvePath = (_origin, target) => (path.isAbsolute(target) ? target : path.join(RPC_PROTOS, target));
    root.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto'], { keepCase: true });
    statusTypes = {
      status: root.lookupType('google.rpc.Status'),
      badRequest: root.lookupType('google.rpc.BadRequest'),
    };
  }
  return statusTypes;
}

module.exports = { CONTRACTS, SERVICE_FILES, serviceConstructors, richStatusTypes };
