'use strict';

// Server side of gRPC server reflection (v1 and v1alpha share one wire
// shape), for server.js. Descriptors come from protobufjs, which builds one
// FileDescriptorProto per package; each of our protos declares one package,
// so that is one descriptor per .proto file, renamed here to its real path.

const fs = require('node:fs');
const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protobuf = require('protobufjs');
const { FileDescriptorProto } = require('protobufjs/ext/descriptor');
const { INCLUDE_DIRS, PROTO_FILES } = require('./protos');

function resolveInIncludeDirs(_origin, target) {
  for (const dir of INCLUDE_DIRS) {
    const candidate = path.join(dir, target);
    if (fs.existsSync(candidate)) {
      return candidate;
    }
  }
  return target;
}

function relativeToIncludeDirs(filename) {
  for (const dir of INCLUDE_DIRS) {
    const relative = path.relative(dir, filename);
    if (!relative.startsWith('..')) {
      return relative.split(path.sep).join('/');
    }
  }
  return filename;
}

// Fully qualified names of everything a file declares, nested types included.
function declaredSymbols(file) {
  const prefix = file.package ? `${file.package}.` : '';
  const symbols = [];
  const addMessages = (messages, scope) => {
    for (const message of messages) {
      const name = `${scope}${message.name}`;
      symbols.push(name);
      symbols.push(...message.enumType.map((e) => `${name}.${e.name}`));
      addMessages(message.nestedType, `${name}.`);
    }
  };
  addMessages(file.messageType, prefix);
  symbols.push(...file.enumType.map((e) => `${prefix}${e.name}`));
  for (const service of file.service) {
    symbols.push(`${prefix}${service.name}`);
    symbols.push(...service.method.map((method) => `${prefix}${service.name}.${method.name}`));
  }
  return symbols;
}

// Indexes the encoded descriptors by file name and by declared symbol.
function buildIndex() {
  const root = new protobuf.Root();
  root.resolvePath = resolveInIncludeDirs;
  root.loadSync(PROTO_FILES, { keepCase: true });
  root.resolveAll();

  const byFilename = new Map();
  const bySymbol = new Map();
  for (const file of root.toDescriptor('proto3').file) {
    const firstDeclared = root.lookup(declaredSymbols(file)[0]);
    file.name = relativeToIncludeDirs(firstDeclared.filename);
    const encoded = Buffer.from(FileDescriptorProto.encode(file).finish());
    byFilename.set(file.name, encoded);
    for (const symbol of declaredSymbols(file)) {
      bySymbol.set(symbol, encoded);
    }
  }
  return { byFilename, bySymbol };
}

function notFound(what) {
  return { error_response: { error_code: grpc.status.NOT_FOUND, error_message: `${what} not found` } };
}

function answer(request, index, serviceNames) {
  switch (request.message_request) {
    case 'list_services':
      return { list_services_response: { service: serviceNames.map((name) => ({ name })) } };
    case 'file_by_filename': {
      const file = index.byFilename.get(request.file_by_filename);
      return file
        ? { file_descriptor_response: { file_descriptor_proto: [file] } }
        : notFound(`file ${request.file_by_filename}`);
    }
    case 'file_containing_symbol': {
      const file = index.bySymbol.get(request.file_containing_symbol);
      return file
        ? { file_descriptor_response: { file_descriptor_proto: [file] } }
        : notFound(`symbol ${request.file_containing_symbol}`);
    }
    default:
      // The interop protos declare no extensions, so extension queries have nothing to find.
      return {
        error_response: {
          error_code: grpc.status.UNIMPLEMENTED,
          error_message: `${request.message_request} is not supported`,
        },
      };
  }
}

// Returns the ServerReflectionInfo handler, answering each request in order.
function reflectionHandler(serviceNames) {
  const index = buildIndex();
  return (call) => {
    call.on('data', (request) => {
      call.write({
        valid_host: request.host ?? '',
        original_request: request,
        ...answer(request, index, serviceNames),
      });
    });
    call.on('end', () => call.end());
  };
}

module.exports = { reflectionHandler };
