'use strict';

// The client side of gRPC server reflection (v1 and v1alpha share one wire shape): asking
// questions on one stream, collecting a service's file descriptors with their dependencies,
// and building a working client from nothing but those descriptors.

const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const { FileDescriptorProto } = require('protobufjs/ext/descriptor');
const { CaseFailure, callOptions, describe, describeStatus, observeStream } = require('./calls');

// Opens ServerReflectionInfo. The protocol answers each request with exactly one response, in
// order, so ask() resolves to the answer to its own request.
function openReflection(client) {
  const stream = observeStream(client.ServerReflectionInfo(callOptions()));
  const ask = async (request) => {
    stream.call.write(request);
    const response = await stream.read();
    if (response === null) {
      throw new CaseFailure(
        `expected an answer to ${describe(request)}, the stream ended with ${describeStatus(await stream.status)}`,
      );
    }
    return response;
  };
  const close = async () => {
    stream.call.end();
    while ((await stream.read()) !== null) {
      // Nothing more is expected; reading to the end lets the status arrive.
    }
    return stream.status;
  };
  return { ask, close };
}

function fileDescriptors(response, question) {
  if (response.message_response !== 'file_descriptor_response') {
    throw new CaseFailure(`expected a file_descriptor_response for ${question}, saw ${describe(response)}`);
  }
  const files = response.file_descriptor_response.file_descriptor_proto ?? [];
  if (files.length === 0) {
    throw new CaseFailure(`expected file descriptors for ${question}, saw none`);
  }
  return files.map((bytes) => ({ bytes, file: FileDescriptorProto.decode(bytes) }));
}

// Every file the one declaring `symbol` needs, by name: what the server sent with it, and any
// dependency it left out, asked for by file name.
async function descriptorsFor(ask, symbol) {
  const files = new Map();
  const add = (found) => found.forEach(({ bytes, file }) => files.set(file.name, { bytes, file }));
  add(fileDescriptors(await ask({ file_containing_symbol: symbol }), symbol));
  for (let missing = missingDependencies(files); missing.length > 0; missing = missingDependencies(files)) {
    for (const name of missing) {
      add(fileDescriptors(await ask({ file_by_filename: name }), name));
    }
  }
  return files;
}

function missingDependencies(files) {
  const needed = [...files.values()].flatMap(({ file }) => file.dependency ?? []);
  return [...new Set(needed)].filter((name) => !files.has(name));
}

function varint(value) {
  const bytes = [];
  for (let rest = value; ; rest >>>= 7) {
    if (rest < 0x80) {
      bytes.push(rest);
      return Buffer.from(bytes);
    }
    bytes.push((rest & 0x7f) | 0x80);
  }
}

// A FileDescriptorSet is `repeated FileDescriptorProto file = 1`: each file as a
// length-delimited field, so the server's bytes go in unchanged.
function descriptorSet(files) {
  return Buffer.concat([...files.values()].flatMap(({ bytes }) => [Buffer.from([0x0a]), varint(bytes.length), bytes]));
}

// A client class for `serviceName` built from reflected descriptors alone.
function reflectedClientClass(files, serviceName, loaderOptions) {
  const definition = protoLoader.loadFileDescriptorSetFromBuffer(descriptorSet(files), loaderOptions);
  const service = grpc.loadPackageDefinition(definition);
  const found = serviceName.split('.').reduce((scope, name) => scope?.[name], service);
  if (typeof found !== 'function') {
    throw new CaseFailure(`the reflected descriptors (${[...files.keys()].join(', ')}) do not define ${serviceName}`);
  }
  return found;
}

module.exports = { openReflection, fileDescriptors, descriptorsFor, reflectedClientClass };
