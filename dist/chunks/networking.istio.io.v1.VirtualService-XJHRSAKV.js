#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  formats
} from "./chunk-Z272QIUO.js";
import "./chunk-4RF5COTQ.js";

// src/plan/schemas/validators/networking.istio.io.v1.VirtualService.js
var validate = validate11;
var schema12 = { "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "metadata": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta" }, "spec": { "properties": { "exportTo": { "items": { "type": "string" }, "type": "array" }, "gateways": { "items": { "type": "string" }, "type": "array" }, "hosts": { "items": { "type": "string" }, "type": "array" }, "http": { "items": { "properties": { "corsPolicy": { "properties": { "allowCredentials": { "nullable": true, "type": "boolean" }, "allowHeaders": { "items": { "type": "string" }, "type": "array" }, "allowMethods": { "items": { "type": "string" }, "type": "array" }, "allowOrigin": { "items": { "type": "string" }, "type": "array" }, "allowOrigins": { "items": { "oneOf": [{ "not": { "anyOf": [{ "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }] } }, { "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }], "properties": { "exact": { "type": "string" }, "prefix": { "type": "string" }, "regex": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "exposeHeaders": { "items": { "type": "string" }, "type": "array" }, "maxAge": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "unmatchedPreflights": { "enum": ["UNSPECIFIED", "FORWARD", "IGNORE"], "type": "string" } }, "type": "object", "additionalProperties": false }, "delegate": { "properties": { "name": { "type": "string" }, "namespace": { "type": "string" } }, "type": "object", "additionalProperties": false }, "directResponse": { "properties": { "body": { "oneOf": [{ "not": { "anyOf": [{ "required": ["string"] }, { "required": ["bytes"] }] } }, { "required": ["string"] }, { "required": ["bytes"] }], "properties": { "bytes": { "format": "byte", "type": "string" }, "string": { "type": "string" } }, "type": "object", "additionalProperties": false }, "status": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "required": ["status"], "type": "object", "additionalProperties": false }, "fault": { "properties": { "abort": { "oneOf": [{ "not": { "anyOf": [{ "required": ["httpStatus"] }, { "required": ["grpcStatus"] }, { "required": ["http2Error"] }] } }, { "required": ["httpStatus"] }, { "required": ["grpcStatus"] }, { "required": ["http2Error"] }], "properties": { "grpcStatus": { "type": "string" }, "http2Error": { "type": "string" }, "httpStatus": { "format": "int32", "type": "integer" }, "percentage": { "properties": { "value": { "format": "double", "type": "number" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "delay": { "oneOf": [{ "not": { "anyOf": [{ "required": ["fixedDelay"] }, { "required": ["exponentialDelay"] }] } }, { "required": ["fixedDelay"] }, { "required": ["exponentialDelay"] }], "properties": { "exponentialDelay": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "fixedDelay": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "percent": { "format": "int32", "type": "integer" }, "percentage": { "properties": { "value": { "format": "double", "type": "number" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "headers": { "properties": { "request": { "properties": { "add": { "additionalProperties": { "type": "string" }, "type": "object" }, "remove": { "items": { "type": "string" }, "type": "array" }, "set": { "additionalProperties": { "type": "string" }, "type": "object" } }, "type": "object", "additionalProperties": false }, "response": { "properties": { "add": { "additionalProperties": { "type": "string" }, "type": "object" }, "remove": { "items": { "type": "string" }, "type": "array" }, "set": { "additionalProperties": { "type": "string" }, "type": "object" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "match": { "items": { "properties": { "authority": { "oneOf": [{ "not": { "anyOf": [{ "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }] } }, { "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }], "properties": { "exact": { "type": "string" }, "prefix": { "type": "string" }, "regex": { "type": "string" } }, "type": "object", "additionalProperties": false }, "gateways": { "items": { "type": "string" }, "type": "array" }, "headers": { "additionalProperties": { "oneOf": [{ "not": { "anyOf": [{ "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }] } }, { "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }], "properties": { "exact": { "type": "string" }, "prefix": { "type": "string" }, "regex": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "object" }, "ignoreUriCase": { "type": "boolean" }, "method": { "oneOf": [{ "not": { "anyOf": [{ "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }] } }, { "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }], "properties": { "exact": { "type": "string" }, "prefix": { "type": "string" }, "regex": { "type": "string" } }, "type": "object", "additionalProperties": false }, "name": { "type": "string" }, "port": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "queryParams": { "additionalProperties": { "oneOf": [{ "not": { "anyOf": [{ "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }] } }, { "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }], "properties": { "exact": { "type": "string" }, "prefix": { "type": "string" }, "regex": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "object" }, "scheme": { "oneOf": [{ "not": { "anyOf": [{ "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }] } }, { "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }], "properties": { "exact": { "type": "string" }, "prefix": { "type": "string" }, "regex": { "type": "string" } }, "type": "object", "additionalProperties": false }, "sourceLabels": { "additionalProperties": { "type": "string" }, "type": "object" }, "sourceNamespace": { "type": "string" }, "statPrefix": { "type": "string" }, "uri": { "oneOf": [{ "not": { "anyOf": [{ "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }] } }, { "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }], "properties": { "exact": { "type": "string" }, "prefix": { "type": "string" }, "regex": { "type": "string" } }, "type": "object", "additionalProperties": false }, "withoutHeaders": { "additionalProperties": { "oneOf": [{ "not": { "anyOf": [{ "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }] } }, { "required": ["exact"] }, { "required": ["prefix"] }, { "required": ["regex"] }], "properties": { "exact": { "type": "string" }, "prefix": { "type": "string" }, "regex": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "object" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "mirror": { "properties": { "host": { "type": "string" }, "port": { "properties": { "number": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "subset": { "type": "string" } }, "required": ["host"], "type": "object", "additionalProperties": false }, "mirror_percent": { "maximum": 4294967295, "minimum": 0, "nullable": true, "type": "integer" }, "mirrorPercent": { "maximum": 4294967295, "minimum": 0, "nullable": true, "type": "integer" }, "mirrorPercentage": { "properties": { "value": { "format": "double", "type": "number" } }, "type": "object", "additionalProperties": false }, "mirrors": { "items": { "properties": { "destination": { "properties": { "host": { "type": "string" }, "port": { "properties": { "number": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "subset": { "type": "string" } }, "required": ["host"], "type": "object", "additionalProperties": false }, "percentage": { "properties": { "value": { "format": "double", "type": "number" } }, "type": "object", "additionalProperties": false } }, "required": ["destination"], "type": "object", "additionalProperties": false }, "type": "array" }, "name": { "type": "string" }, "redirect": { "oneOf": [{ "not": { "anyOf": [{ "required": ["port"] }, { "required": ["derivePort"] }] } }, { "required": ["port"] }, { "required": ["derivePort"] }], "properties": { "authority": { "type": "string" }, "derivePort": { "enum": ["FROM_PROTOCOL_DEFAULT", "FROM_REQUEST_PORT"], "type": "string" }, "port": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "redirectCode": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "scheme": { "type": "string" }, "uri": { "type": "string" } }, "type": "object", "additionalProperties": false }, "retries": { "properties": { "attempts": { "format": "int32", "type": "integer" }, "backoff": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "perTryTimeout": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "retryIgnorePreviousHosts": { "nullable": true, "type": "boolean" }, "retryOn": { "type": "string" }, "retryRemoteLocalities": { "nullable": true, "type": "boolean" } }, "type": "object", "additionalProperties": false }, "rewrite": { "properties": { "authority": { "type": "string" }, "uri": { "type": "string" }, "uriRegexRewrite": { "properties": { "match": { "type": "string" }, "rewrite": { "type": "string" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "route": { "items": { "properties": { "destination": { "properties": { "host": { "type": "string" }, "port": { "properties": { "number": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "subset": { "type": "string" } }, "required": ["host"], "type": "object", "additionalProperties": false }, "headers": { "properties": { "request": { "properties": { "add": { "additionalProperties": { "type": "string" }, "type": "object" }, "remove": { "items": { "type": "string" }, "type": "array" }, "set": { "additionalProperties": { "type": "string" }, "type": "object" } }, "type": "object", "additionalProperties": false }, "response": { "properties": { "add": { "additionalProperties": { "type": "string" }, "type": "object" }, "remove": { "items": { "type": "string" }, "type": "array" }, "set": { "additionalProperties": { "type": "string" }, "type": "object" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "weight": { "format": "int32", "type": "integer" } }, "required": ["destination"], "type": "object", "additionalProperties": false }, "type": "array" }, "timeout": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] } }, "type": "object", "additionalProperties": false }, "type": "array" }, "tcp": { "items": { "properties": { "match": { "items": { "properties": { "destinationSubnets": { "items": { "type": "string" }, "type": "array" }, "gateways": { "items": { "type": "string" }, "type": "array" }, "port": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "sourceLabels": { "additionalProperties": { "type": "string" }, "type": "object" }, "sourceNamespace": { "type": "string" }, "sourceSubnet": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "route": { "items": { "properties": { "destination": { "properties": { "host": { "type": "string" }, "port": { "properties": { "number": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "subset": { "type": "string" } }, "required": ["host"], "type": "object", "additionalProperties": false }, "weight": { "format": "int32", "type": "integer" } }, "required": ["destination"], "type": "object", "additionalProperties": false }, "type": "array" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "tls": { "items": { "properties": { "match": { "items": { "properties": { "destinationSubnets": { "items": { "type": "string" }, "type": "array" }, "gateways": { "items": { "type": "string" }, "type": "array" }, "port": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "sniHosts": { "items": { "type": "string" }, "type": "array" }, "sourceLabels": { "additionalProperties": { "type": "string" }, "type": "object" }, "sourceNamespace": { "type": "string" } }, "required": ["sniHosts"], "type": "object", "additionalProperties": false }, "type": "array" }, "route": { "items": { "properties": { "destination": { "properties": { "host": { "type": "string" }, "port": { "properties": { "number": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "subset": { "type": "string" } }, "required": ["host"], "type": "object", "additionalProperties": false }, "weight": { "format": "int32", "type": "integer" } }, "required": ["destination"], "type": "object", "additionalProperties": false }, "type": "array" } }, "required": ["match"], "type": "object", "additionalProperties": false }, "type": "array" } }, "type": "object", "additionalProperties": false }, "status": { "properties": { "conditions": { "items": { "properties": { "lastProbeTime": { "format": "date-time", "type": "string" }, "lastTransitionTime": { "format": "date-time", "type": "string" }, "message": { "type": "string" }, "observedGeneration": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "reason": { "type": "string" }, "status": { "type": "string" }, "type": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "observedGeneration": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "validationMessages": { "items": { "properties": { "documentationUrl": { "type": "string" }, "level": { "enum": ["UNKNOWN", "ERROR", "WARNING", "INFO"], "type": "string" }, "type": { "properties": { "code": { "type": "string" }, "name": { "type": "string" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "type": "array" } }, "type": "object", "x-kubernetes-preserve-unknown-fields": true } }, "type": "object", "additionalProperties": false };
var schema13 = { "properties": { "annotations": { "additionalProperties": { "type": "string" }, "type": "object" }, "creationTimestamp": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time" }, "deletionGracePeriodSeconds": { "format": "int64", "type": "integer" }, "deletionTimestamp": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time" }, "finalizers": { "items": { "type": "string" }, "type": "array", "x-kubernetes-list-type": "set" }, "generateName": { "type": "string" }, "generation": { "format": "int64", "type": "integer" }, "labels": { "additionalProperties": { "type": "string" }, "type": "object" }, "managedFields": { "items": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry" }, "type": "array", "x-kubernetes-list-type": "atomic" }, "name": { "type": "string" }, "namespace": { "type": "string" }, "ownerReferences": { "items": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference" }, "type": "array", "x-kubernetes-list-map-keys": ["uid"], "x-kubernetes-list-type": "map" }, "resourceVersion": { "type": "string" }, "selfLink": { "type": "string" }, "uid": { "type": "string" } }, "type": "object", "additionalProperties": false };
var func2 = Object.prototype.hasOwnProperty;
var formats0 = formats["date-time"];
var formats2 = formats.int64;
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "fieldsType" || key0 === "fieldsV1" || key0 === "manager" || key0 === "operation" || key0 === "subresource" || key0 === "time")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.fieldsType !== void 0) {
      if (typeof data.fieldsType !== "string") {
        const err2 = { instancePath: instancePath + "/fieldsType", schemaPath: "#/properties/fieldsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.fieldsV1 !== void 0) {
      let data2 = data.fieldsV1;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
        const err3 = { instancePath: instancePath + "/fieldsV1", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.manager !== void 0) {
      if (typeof data.manager !== "string") {
        const err4 = { instancePath: instancePath + "/manager", schemaPath: "#/properties/manager/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.operation !== void 0) {
      if (typeof data.operation !== "string") {
        const err5 = { instancePath: instancePath + "/operation", schemaPath: "#/properties/operation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.subresource !== void 0) {
      if (typeof data.subresource !== "string") {
        const err6 = { instancePath: instancePath + "/subresource", schemaPath: "#/properties/subresource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.time !== void 0) {
      let data6 = data.time;
      if (typeof data6 === "string") {
        if (!formats0(data6)) {
          const err7 = { instancePath: instancePath + "/time", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/time", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema13.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data0 = data.annotations;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (typeof data0[key1] !== "string") {
            const err1 = { instancePath: instancePath + "/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.creationTimestamp !== void 0) {
      let data2 = data.creationTimestamp;
      if (typeof data2 === "string") {
        if (!formats0(data2)) {
          const err3 = { instancePath: instancePath + "/creationTimestamp", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/creationTimestamp", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.deletionGracePeriodSeconds !== void 0) {
      let data3 = data.deletionGracePeriodSeconds;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err5 = { instancePath: instancePath + "/deletionGracePeriodSeconds", schemaPath: "#/properties/deletionGracePeriodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (!formats2.validate(data3)) {
          const err6 = { instancePath: instancePath + "/deletionGracePeriodSeconds", schemaPath: "#/properties/deletionGracePeriodSeconds/format", keyword: "format", params: { format: "int64" }, message: 'must match format "int64"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.deletionTimestamp !== void 0) {
      let data4 = data.deletionTimestamp;
      if (typeof data4 === "string") {
        if (!formats0(data4)) {
          const err7 = { instancePath: instancePath + "/deletionTimestamp", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/deletionTimestamp", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.finalizers !== void 0) {
      let data5 = data.finalizers;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data5[i0] !== "string") {
            const err9 = { instancePath: instancePath + "/finalizers/" + i0, schemaPath: "#/properties/finalizers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/finalizers", schemaPath: "#/properties/finalizers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.generateName !== void 0) {
      if (typeof data.generateName !== "string") {
        const err11 = { instancePath: instancePath + "/generateName", schemaPath: "#/properties/generateName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.generation !== void 0) {
      let data8 = data.generation;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err12 = { instancePath: instancePath + "/generation", schemaPath: "#/properties/generation/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (!formats2.validate(data8)) {
          const err13 = { instancePath: instancePath + "/generation", schemaPath: "#/properties/generation/format", keyword: "format", params: { format: "int64" }, message: 'must match format "int64"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.labels !== void 0) {
      let data9 = data.labels;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          if (typeof data9[key2] !== "string") {
            const err14 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.managedFields !== void 0) {
      let data11 = data.managedFields;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate13(data11[i1], { instancePath: instancePath + "/managedFields/" + i1, parentData: data11, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/managedFields", schemaPath: "#/properties/managedFields/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err17 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      if (typeof data.namespace !== "string") {
        const err18 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.ownerReferences !== void 0) {
      let data15 = data.ownerReferences;
      if (Array.isArray(data15)) {
        const len2 = data15.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data16 = data15[i2];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.apiVersion === void 0) {
              const err19 = { instancePath: instancePath + "/ownerReferences/" + i2, schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data16.kind === void 0) {
              const err20 = { instancePath: instancePath + "/ownerReferences/" + i2, schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data16.name === void 0) {
              const err21 = { instancePath: instancePath + "/ownerReferences/" + i2, schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data16.uid === void 0) {
              const err22 = { instancePath: instancePath + "/ownerReferences/" + i2, schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/required", keyword: "required", params: { missingProperty: "uid" }, message: "must have required property 'uid'" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            for (const key3 in data16) {
              if (!(key3 === "apiVersion" || key3 === "blockOwnerDeletion" || key3 === "controller" || key3 === "kind" || key3 === "name" || key3 === "uid")) {
                const err23 = { instancePath: instancePath + "/ownerReferences/" + i2, schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data16.apiVersion !== void 0) {
              if (typeof data16.apiVersion !== "string") {
                const err24 = { instancePath: instancePath + "/ownerReferences/" + i2 + "/apiVersion", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data16.blockOwnerDeletion !== void 0) {
              if (typeof data16.blockOwnerDeletion !== "boolean") {
                const err25 = { instancePath: instancePath + "/ownerReferences/" + i2 + "/blockOwnerDeletion", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/properties/blockOwnerDeletion/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data16.controller !== void 0) {
              if (typeof data16.controller !== "boolean") {
                const err26 = { instancePath: instancePath + "/ownerReferences/" + i2 + "/controller", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/properties/controller/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data16.kind !== void 0) {
              if (typeof data16.kind !== "string") {
                const err27 = { instancePath: instancePath + "/ownerReferences/" + i2 + "/kind", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data16.name !== void 0) {
              if (typeof data16.name !== "string") {
                const err28 = { instancePath: instancePath + "/ownerReferences/" + i2 + "/name", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data16.uid !== void 0) {
              if (typeof data16.uid !== "string") {
                const err29 = { instancePath: instancePath + "/ownerReferences/" + i2 + "/uid", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/ownerReferences/" + i2, schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/ownerReferences", schemaPath: "#/properties/ownerReferences/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.resourceVersion !== void 0) {
      if (typeof data.resourceVersion !== "string") {
        const err32 = { instancePath: instancePath + "/resourceVersion", schemaPath: "#/properties/resourceVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.selfLink !== void 0) {
      if (typeof data.selfLink !== "string") {
        const err33 = { instancePath: instancePath + "/selfLink", schemaPath: "#/properties/selfLink/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.uid !== void 0) {
      if (typeof data.uid !== "string") {
        const err34 = { instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var formats10 = formats.byte;
var formats12 = formats.int32;
var formats14 = formats.double;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec" || key0 === "status")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate12(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "exportTo" || key1 === "gateways" || key1 === "hosts" || key1 === "http" || key1 === "tcp" || key1 === "tls")) {
            const err3 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data3.exportTo !== void 0) {
          let data4 = data3.exportTo;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data4[i0] !== "string") {
                const err4 = { instancePath: instancePath + "/spec/exportTo/" + i0, schemaPath: "#/properties/spec/properties/exportTo/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          } else {
            const err5 = { instancePath: instancePath + "/spec/exportTo", schemaPath: "#/properties/spec/properties/exportTo/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data3.gateways !== void 0) {
          let data6 = data3.gateways;
          if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data6[i1] !== "string") {
                const err6 = { instancePath: instancePath + "/spec/gateways/" + i1, schemaPath: "#/properties/spec/properties/gateways/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/spec/gateways", schemaPath: "#/properties/spec/properties/gateways/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data3.hosts !== void 0) {
          let data8 = data3.hosts;
          if (Array.isArray(data8)) {
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data8[i2] !== "string") {
                const err8 = { instancePath: instancePath + "/spec/hosts/" + i2, schemaPath: "#/properties/spec/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/spec/hosts", schemaPath: "#/properties/spec/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.http !== void 0) {
          let data10 = data3.http;
          if (Array.isArray(data10)) {
            const len3 = data10.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data11 = data10[i3];
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                for (const key2 in data11) {
                  if (!func2.call(schema12.properties.spec.properties.http.items.properties, key2)) {
                    const err10 = { instancePath: instancePath + "/spec/http/" + i3, schemaPath: "#/properties/spec/properties/http/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
                if (data11.corsPolicy !== void 0) {
                  let data12 = data11.corsPolicy;
                  if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                    for (const key3 in data12) {
                      if (!(key3 === "allowCredentials" || key3 === "allowHeaders" || key3 === "allowMethods" || key3 === "allowOrigin" || key3 === "allowOrigins" || key3 === "exposeHeaders" || key3 === "maxAge" || key3 === "unmatchedPreflights")) {
                        const err11 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy", schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                    if (data12.allowCredentials !== void 0) {
                      let data13 = data12.allowCredentials;
                      if (typeof data13 !== "boolean" && data13 !== null) {
                        const err12 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowCredentials", schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowCredentials/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                    }
                    if (data12.allowHeaders !== void 0) {
                      let data14 = data12.allowHeaders;
                      if (Array.isArray(data14)) {
                        const len4 = data14.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          if (typeof data14[i4] !== "string") {
                            const err13 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowHeaders/" + i4, schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowHeaders/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err13];
                            } else {
                              vErrors.push(err13);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err14 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowHeaders", schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowHeaders/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                      }
                    }
                    if (data12.allowMethods !== void 0) {
                      let data16 = data12.allowMethods;
                      if (Array.isArray(data16)) {
                        const len5 = data16.length;
                        for (let i5 = 0; i5 < len5; i5++) {
                          if (typeof data16[i5] !== "string") {
                            const err15 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowMethods/" + i5, schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowMethods/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err15];
                            } else {
                              vErrors.push(err15);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err16 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowMethods", schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowMethods/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                    }
                    if (data12.allowOrigin !== void 0) {
                      let data18 = data12.allowOrigin;
                      if (Array.isArray(data18)) {
                        const len6 = data18.length;
                        for (let i6 = 0; i6 < len6; i6++) {
                          if (typeof data18[i6] !== "string") {
                            const err17 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowOrigin/" + i6, schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowOrigin/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err17];
                            } else {
                              vErrors.push(err17);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err18 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowOrigin", schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowOrigin/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                    }
                    if (data12.allowOrigins !== void 0) {
                      let data20 = data12.allowOrigins;
                      if (Array.isArray(data20)) {
                        const len7 = data20.length;
                        for (let i7 = 0; i7 < len7; i7++) {
                          let data21 = data20[i7];
                          const _errs49 = errors;
                          let valid20 = false;
                          let passing0 = null;
                          const _errs50 = errors;
                          const _errs51 = errors;
                          const _errs52 = errors;
                          const _errs53 = errors;
                          let valid22 = false;
                          const _errs54 = errors;
                          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                            let missing0;
                            if (data21.exact === void 0 && (missing0 = "exact")) {
                              const err19 = {};
                              if (vErrors === null) {
                                vErrors = [err19];
                              } else {
                                vErrors.push(err19);
                              }
                              errors++;
                            }
                          }
                          var _valid1 = _errs54 === errors;
                          valid22 = valid22 || _valid1;
                          if (!valid22) {
                            const _errs55 = errors;
                            if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                              let missing1;
                              if (data21.prefix === void 0 && (missing1 = "prefix")) {
                                const err20 = {};
                                if (vErrors === null) {
                                  vErrors = [err20];
                                } else {
                                  vErrors.push(err20);
                                }
                                errors++;
                              }
                            }
                            var _valid1 = _errs55 === errors;
                            valid22 = valid22 || _valid1;
                            if (!valid22) {
                              const _errs56 = errors;
                              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                let missing2;
                                if (data21.regex === void 0 && (missing2 = "regex")) {
                                  const err21 = {};
                                  if (vErrors === null) {
                                    vErrors = [err21];
                                  } else {
                                    vErrors.push(err21);
                                  }
                                  errors++;
                                }
                              }
                              var _valid1 = _errs56 === errors;
                              valid22 = valid22 || _valid1;
                            }
                          }
                          if (!valid22) {
                            const err22 = {};
                            if (vErrors === null) {
                              vErrors = [err22];
                            } else {
                              vErrors.push(err22);
                            }
                            errors++;
                          } else {
                            errors = _errs53;
                            if (vErrors !== null) {
                              if (_errs53) {
                                vErrors.length = _errs53;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid21 = _errs52 === errors;
                          if (valid21) {
                            const err23 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowOrigins/" + i7, schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowOrigins/items/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                            if (vErrors === null) {
                              vErrors = [err23];
                            } else {
                              vErrors.push(err23);
                            }
                            errors++;
                          } else {
                            errors = _errs51;
                            if (vErrors !== null) {
                              if (_errs51) {
                                vErrors.length = _errs51;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var _valid0 = _errs50 === errors;
                          if (_valid0) {
                            valid20 = true;
                            passing0 = 0;
                          }
                          const _errs57 = errors;
                          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                            if (data21.exact === void 0) {
                              const err24 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowOrigins/" + i7, schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowOrigins/items/oneOf/1/required", keyword: "required", params: { missingProperty: "exact" }, message: "must have required property 'exact'" };
                              if (vErrors === null) {
                                vErrors = [err24];
                              } else {
                                vErrors.push(err24);
                              }
                              errors++;
                            }
                          }
                          var _valid0 = _errs57 === errors;
                          if (_valid0 && valid20) {
                            valid20 = false;
                            passing0 = [passing0, 1];
                          } else {
                            if (_valid0) {
                              valid20 = true;
                              passing0 = 1;
                            }
                            const _errs58 = errors;
                            if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                              if (data21.prefix === void 0) {
                                const err25 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowOrigins/" + i7, schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowOrigins/items/oneOf/2/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property 'prefix'" };
                                if (vErrors === null) {
                                  vErrors = [err25];
                                } else {
                                  vErrors.push(err25);
                                }
                                errors++;
                              }
                            }
                            var _valid0 = _errs58 === errors;
                            if (_valid0 && valid20) {
                              valid20 = false;
                              passing0 = [passing0, 2];
                            } else {
                              if (_valid0) {
                                valid20 = true;
                                passing0 = 2;
                              }
                              const _errs59 = errors;
                              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                if (data21.regex === void 0) {
                                  const err26 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowOrigins/" + i7, schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowOrigins/items/oneOf/3/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'" };
                                  if (vErrors === null) {
                                    vErrors = [err26];
                                  } else {
                                    vErrors.push(err26);
                                  }
                                  errors++;
                                }
                              }
                              var _valid0 = _errs59 === errors;
                              if (_valid0 && valid20) {
                                valid20 = false;
                                passing0 = [passing0, 3];
                              } else {
                                if (_valid0) {
                                  valid20 = true;
                                  passing0 = 3;
                                }
                              }
                            }
                          }
                          if (!valid20) {
                            const err27 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowOrigins/" + i7, schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowOrigins/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                              vErrors = [err27];
                            } else {
                              vErrors.push(err27);
                            }
                            errors++;
                          } else {
                            errors = _errs49;
                            if (vErrors !== null) {
                              if (_errs49) {
                                vErrors.length = _errs49;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                            for (const key4 in data21) {
                              if (!(key4 === "exact" || key4 === "prefix" || key4 === "regex")) {
                                const err28 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowOrigins/" + i7, schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowOrigins/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err28];
                                } else {
                                  vErrors.push(err28);
                                }
                                errors++;
                              }
                            }
                            if (data21.exact !== void 0) {
                              if (typeof data21.exact !== "string") {
                                const err29 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowOrigins/" + i7 + "/exact", schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowOrigins/items/properties/exact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err29];
                                } else {
                                  vErrors.push(err29);
                                }
                                errors++;
                              }
                            }
                            if (data21.prefix !== void 0) {
                              if (typeof data21.prefix !== "string") {
                                const err30 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowOrigins/" + i7 + "/prefix", schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowOrigins/items/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err30];
                                } else {
                                  vErrors.push(err30);
                                }
                                errors++;
                              }
                            }
                            if (data21.regex !== void 0) {
                              if (typeof data21.regex !== "string") {
                                const err31 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowOrigins/" + i7 + "/regex", schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowOrigins/items/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err31];
                                } else {
                                  vErrors.push(err31);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err32 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowOrigins/" + i7, schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowOrigins/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err32];
                            } else {
                              vErrors.push(err32);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err33 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/allowOrigins", schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/allowOrigins/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                    }
                    if (data12.exposeHeaders !== void 0) {
                      let data25 = data12.exposeHeaders;
                      if (Array.isArray(data25)) {
                        const len8 = data25.length;
                        for (let i8 = 0; i8 < len8; i8++) {
                          if (typeof data25[i8] !== "string") {
                            const err34 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/exposeHeaders/" + i8, schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/exposeHeaders/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err34];
                            } else {
                              vErrors.push(err34);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err35 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/exposeHeaders", schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/exposeHeaders/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err35];
                        } else {
                          vErrors.push(err35);
                        }
                        errors++;
                      }
                    }
                    if (data12.maxAge !== void 0) {
                      if (typeof data12.maxAge !== "string") {
                        const err36 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/maxAge", schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/maxAge/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                    if (data12.unmatchedPreflights !== void 0) {
                      let data28 = data12.unmatchedPreflights;
                      if (typeof data28 !== "string") {
                        const err37 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/unmatchedPreflights", schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/unmatchedPreflights/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                      if (!(data28 === "UNSPECIFIED" || data28 === "FORWARD" || data28 === "IGNORE")) {
                        const err38 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy/unmatchedPreflights", schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/properties/unmatchedPreflights/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.http.items.properties.corsPolicy.properties.unmatchedPreflights.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/spec/http/" + i3 + "/corsPolicy", schemaPath: "#/properties/spec/properties/http/items/properties/corsPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data11.delegate !== void 0) {
                  let data29 = data11.delegate;
                  if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                    for (const key5 in data29) {
                      if (!(key5 === "name" || key5 === "namespace")) {
                        const err40 = { instancePath: instancePath + "/spec/http/" + i3 + "/delegate", schemaPath: "#/properties/spec/properties/http/items/properties/delegate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                    if (data29.name !== void 0) {
                      if (typeof data29.name !== "string") {
                        const err41 = { instancePath: instancePath + "/spec/http/" + i3 + "/delegate/name", schemaPath: "#/properties/spec/properties/http/items/properties/delegate/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                    }
                    if (data29.namespace !== void 0) {
                      if (typeof data29.namespace !== "string") {
                        const err42 = { instancePath: instancePath + "/spec/http/" + i3 + "/delegate/namespace", schemaPath: "#/properties/spec/properties/http/items/properties/delegate/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/spec/http/" + i3 + "/delegate", schemaPath: "#/properties/spec/properties/http/items/properties/delegate/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data11.directResponse !== void 0) {
                  let data32 = data11.directResponse;
                  if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                    if (data32.status === void 0) {
                      const err44 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                    for (const key6 in data32) {
                      if (!(key6 === "body" || key6 === "status")) {
                        const err45 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                    if (data32.body !== void 0) {
                      let data33 = data32.body;
                      const _errs87 = errors;
                      let valid28 = false;
                      let passing1 = null;
                      const _errs88 = errors;
                      const _errs89 = errors;
                      const _errs90 = errors;
                      const _errs91 = errors;
                      let valid30 = false;
                      const _errs92 = errors;
                      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                        let missing3;
                        if (data33.string === void 0 && (missing3 = "string")) {
                          const err46 = {};
                          if (vErrors === null) {
                            vErrors = [err46];
                          } else {
                            vErrors.push(err46);
                          }
                          errors++;
                        }
                      }
                      var _valid3 = _errs92 === errors;
                      valid30 = valid30 || _valid3;
                      if (!valid30) {
                        const _errs93 = errors;
                        if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                          let missing4;
                          if (data33.bytes === void 0 && (missing4 = "bytes")) {
                            const err47 = {};
                            if (vErrors === null) {
                              vErrors = [err47];
                            } else {
                              vErrors.push(err47);
                            }
                            errors++;
                          }
                        }
                        var _valid3 = _errs93 === errors;
                        valid30 = valid30 || _valid3;
                      }
                      if (!valid30) {
                        const err48 = {};
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      } else {
                        errors = _errs91;
                        if (vErrors !== null) {
                          if (_errs91) {
                            vErrors.length = _errs91;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid29 = _errs90 === errors;
                      if (valid29) {
                        const err49 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse/body", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/properties/body/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      } else {
                        errors = _errs89;
                        if (vErrors !== null) {
                          if (_errs89) {
                            vErrors.length = _errs89;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var _valid2 = _errs88 === errors;
                      if (_valid2) {
                        valid28 = true;
                        passing1 = 0;
                      }
                      const _errs94 = errors;
                      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                        if (data33.string === void 0) {
                          const err50 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse/body", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/properties/body/oneOf/1/required", keyword: "required", params: { missingProperty: "string" }, message: "must have required property 'string'" };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                      }
                      var _valid2 = _errs94 === errors;
                      if (_valid2 && valid28) {
                        valid28 = false;
                        passing1 = [passing1, 1];
                      } else {
                        if (_valid2) {
                          valid28 = true;
                          passing1 = 1;
                        }
                        const _errs95 = errors;
                        if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                          if (data33.bytes === void 0) {
                            const err51 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse/body", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/properties/body/oneOf/2/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'" };
                            if (vErrors === null) {
                              vErrors = [err51];
                            } else {
                              vErrors.push(err51);
                            }
                            errors++;
                          }
                        }
                        var _valid2 = _errs95 === errors;
                        if (_valid2 && valid28) {
                          valid28 = false;
                          passing1 = [passing1, 2];
                        } else {
                          if (_valid2) {
                            valid28 = true;
                            passing1 = 2;
                          }
                        }
                      }
                      if (!valid28) {
                        const err52 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse/body", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/properties/body/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      } else {
                        errors = _errs87;
                        if (vErrors !== null) {
                          if (_errs87) {
                            vErrors.length = _errs87;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                        for (const key7 in data33) {
                          if (!(key7 === "bytes" || key7 === "string")) {
                            const err53 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse/body", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/properties/body/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err53];
                            } else {
                              vErrors.push(err53);
                            }
                            errors++;
                          }
                        }
                        if (data33.bytes !== void 0) {
                          let data34 = data33.bytes;
                          if (typeof data34 === "string") {
                            if (!formats10(data34)) {
                              const err54 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse/body/bytes", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/properties/body/properties/bytes/format", keyword: "format", params: { format: "byte" }, message: 'must match format "byte"' };
                              if (vErrors === null) {
                                vErrors = [err54];
                              } else {
                                vErrors.push(err54);
                              }
                              errors++;
                            }
                          } else {
                            const err55 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse/body/bytes", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/properties/body/properties/bytes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err55];
                            } else {
                              vErrors.push(err55);
                            }
                            errors++;
                          }
                        }
                        if (data33.string !== void 0) {
                          if (typeof data33.string !== "string") {
                            const err56 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse/body/string", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/properties/body/properties/string/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err56];
                            } else {
                              vErrors.push(err56);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err57 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse/body", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/properties/body/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data32.status !== void 0) {
                      let data36 = data32.status;
                      if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                        const err58 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse/status", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/properties/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                      if (typeof data36 == "number" && isFinite(data36)) {
                        if (data36 > 4294967295 || isNaN(data36)) {
                          const err59 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse/status", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                          if (vErrors === null) {
                            vErrors = [err59];
                          } else {
                            vErrors.push(err59);
                          }
                          errors++;
                        }
                        if (data36 < 0 || isNaN(data36)) {
                          const err60 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse/status", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err60];
                          } else {
                            vErrors.push(err60);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err61 = { instancePath: instancePath + "/spec/http/" + i3 + "/directResponse", schemaPath: "#/properties/spec/properties/http/items/properties/directResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data11.fault !== void 0) {
                  let data37 = data11.fault;
                  if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                    for (const key8 in data37) {
                      if (!(key8 === "abort" || key8 === "delay")) {
                        const err62 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault", schemaPath: "#/properties/spec/properties/http/items/properties/fault/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    }
                    if (data37.abort !== void 0) {
                      let data38 = data37.abort;
                      const _errs108 = errors;
                      let valid33 = false;
                      let passing2 = null;
                      const _errs109 = errors;
                      const _errs110 = errors;
                      const _errs111 = errors;
                      const _errs112 = errors;
                      let valid35 = false;
                      const _errs113 = errors;
                      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                        let missing5;
                        if (data38.httpStatus === void 0 && (missing5 = "httpStatus")) {
                          const err63 = {};
                          if (vErrors === null) {
                            vErrors = [err63];
                          } else {
                            vErrors.push(err63);
                          }
                          errors++;
                        }
                      }
                      var _valid5 = _errs113 === errors;
                      valid35 = valid35 || _valid5;
                      if (!valid35) {
                        const _errs114 = errors;
                        if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                          let missing6;
                          if (data38.grpcStatus === void 0 && (missing6 = "grpcStatus")) {
                            const err64 = {};
                            if (vErrors === null) {
                              vErrors = [err64];
                            } else {
                              vErrors.push(err64);
                            }
                            errors++;
                          }
                        }
                        var _valid5 = _errs114 === errors;
                        valid35 = valid35 || _valid5;
                        if (!valid35) {
                          const _errs115 = errors;
                          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                            let missing7;
                            if (data38.http2Error === void 0 && (missing7 = "http2Error")) {
                              const err65 = {};
                              if (vErrors === null) {
                                vErrors = [err65];
                              } else {
                                vErrors.push(err65);
                              }
                              errors++;
                            }
                          }
                          var _valid5 = _errs115 === errors;
                          valid35 = valid35 || _valid5;
                        }
                      }
                      if (!valid35) {
                        const err66 = {};
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      } else {
                        errors = _errs112;
                        if (vErrors !== null) {
                          if (_errs112) {
                            vErrors.length = _errs112;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid34 = _errs111 === errors;
                      if (valid34) {
                        const err67 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                        if (vErrors === null) {
                          vErrors = [err67];
                        } else {
                          vErrors.push(err67);
                        }
                        errors++;
                      } else {
                        errors = _errs110;
                        if (vErrors !== null) {
                          if (_errs110) {
                            vErrors.length = _errs110;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var _valid4 = _errs109 === errors;
                      if (_valid4) {
                        valid33 = true;
                        passing2 = 0;
                      }
                      const _errs116 = errors;
                      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                        if (data38.httpStatus === void 0) {
                          const err68 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/oneOf/1/required", keyword: "required", params: { missingProperty: "httpStatus" }, message: "must have required property 'httpStatus'" };
                          if (vErrors === null) {
                            vErrors = [err68];
                          } else {
                            vErrors.push(err68);
                          }
                          errors++;
                        }
                      }
                      var _valid4 = _errs116 === errors;
                      if (_valid4 && valid33) {
                        valid33 = false;
                        passing2 = [passing2, 1];
                      } else {
                        if (_valid4) {
                          valid33 = true;
                          passing2 = 1;
                        }
                        const _errs117 = errors;
                        if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                          if (data38.grpcStatus === void 0) {
                            const err69 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/oneOf/2/required", keyword: "required", params: { missingProperty: "grpcStatus" }, message: "must have required property 'grpcStatus'" };
                            if (vErrors === null) {
                              vErrors = [err69];
                            } else {
                              vErrors.push(err69);
                            }
                            errors++;
                          }
                        }
                        var _valid4 = _errs117 === errors;
                        if (_valid4 && valid33) {
                          valid33 = false;
                          passing2 = [passing2, 2];
                        } else {
                          if (_valid4) {
                            valid33 = true;
                            passing2 = 2;
                          }
                          const _errs118 = errors;
                          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                            if (data38.http2Error === void 0) {
                              const err70 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/oneOf/3/required", keyword: "required", params: { missingProperty: "http2Error" }, message: "must have required property 'http2Error'" };
                              if (vErrors === null) {
                                vErrors = [err70];
                              } else {
                                vErrors.push(err70);
                              }
                              errors++;
                            }
                          }
                          var _valid4 = _errs118 === errors;
                          if (_valid4 && valid33) {
                            valid33 = false;
                            passing2 = [passing2, 3];
                          } else {
                            if (_valid4) {
                              valid33 = true;
                              passing2 = 3;
                            }
                          }
                        }
                      }
                      if (!valid33) {
                        const err71 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      } else {
                        errors = _errs108;
                        if (vErrors !== null) {
                          if (_errs108) {
                            vErrors.length = _errs108;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                        for (const key9 in data38) {
                          if (!(key9 === "grpcStatus" || key9 === "http2Error" || key9 === "httpStatus" || key9 === "percentage")) {
                            const err72 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err72];
                            } else {
                              vErrors.push(err72);
                            }
                            errors++;
                          }
                        }
                        if (data38.grpcStatus !== void 0) {
                          if (typeof data38.grpcStatus !== "string") {
                            const err73 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort/grpcStatus", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/properties/grpcStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err73];
                            } else {
                              vErrors.push(err73);
                            }
                            errors++;
                          }
                        }
                        if (data38.http2Error !== void 0) {
                          if (typeof data38.http2Error !== "string") {
                            const err74 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort/http2Error", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/properties/http2Error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err74];
                            } else {
                              vErrors.push(err74);
                            }
                            errors++;
                          }
                        }
                        if (data38.httpStatus !== void 0) {
                          let data41 = data38.httpStatus;
                          if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
                            const err75 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort/httpStatus", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/properties/httpStatus/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err75];
                            } else {
                              vErrors.push(err75);
                            }
                            errors++;
                          }
                          if (typeof data41 == "number" && isFinite(data41)) {
                            if (!formats12.validate(data41)) {
                              const err76 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort/httpStatus", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/properties/httpStatus/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err76];
                              } else {
                                vErrors.push(err76);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data38.percentage !== void 0) {
                          let data42 = data38.percentage;
                          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                            for (const key10 in data42) {
                              if (!(key10 === "value")) {
                                const err77 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort/percentage", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/properties/percentage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err77];
                                } else {
                                  vErrors.push(err77);
                                }
                                errors++;
                              }
                            }
                            if (data42.value !== void 0) {
                              let data43 = data42.value;
                              if (typeof data43 == "number" && isFinite(data43)) {
                                if (!formats14.validate(data43)) {
                                  const err78 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort/percentage/value", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/properties/percentage/properties/value/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"' };
                                  if (vErrors === null) {
                                    vErrors = [err78];
                                  } else {
                                    vErrors.push(err78);
                                  }
                                  errors++;
                                }
                              } else {
                                const err79 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort/percentage/value", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/properties/percentage/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                  vErrors = [err79];
                                } else {
                                  vErrors.push(err79);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err80 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort/percentage", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/properties/percentage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err80];
                            } else {
                              vErrors.push(err80);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err81 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/abort", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/abort/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err81];
                        } else {
                          vErrors.push(err81);
                        }
                        errors++;
                      }
                    }
                    if (data37.delay !== void 0) {
                      let data44 = data37.delay;
                      const _errs133 = errors;
                      let valid38 = false;
                      let passing3 = null;
                      const _errs134 = errors;
                      const _errs135 = errors;
                      const _errs136 = errors;
                      const _errs137 = errors;
                      let valid40 = false;
                      const _errs138 = errors;
                      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                        let missing8;
                        if (data44.fixedDelay === void 0 && (missing8 = "fixedDelay")) {
                          const err82 = {};
                          if (vErrors === null) {
                            vErrors = [err82];
                          } else {
                            vErrors.push(err82);
                          }
                          errors++;
                        }
                      }
                      var _valid7 = _errs138 === errors;
                      valid40 = valid40 || _valid7;
                      if (!valid40) {
                        const _errs139 = errors;
                        if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                          let missing9;
                          if (data44.exponentialDelay === void 0 && (missing9 = "exponentialDelay")) {
                            const err83 = {};
                            if (vErrors === null) {
                              vErrors = [err83];
                            } else {
                              vErrors.push(err83);
                            }
                            errors++;
                          }
                        }
                        var _valid7 = _errs139 === errors;
                        valid40 = valid40 || _valid7;
                      }
                      if (!valid40) {
                        const err84 = {};
                        if (vErrors === null) {
                          vErrors = [err84];
                        } else {
                          vErrors.push(err84);
                        }
                        errors++;
                      } else {
                        errors = _errs137;
                        if (vErrors !== null) {
                          if (_errs137) {
                            vErrors.length = _errs137;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid39 = _errs136 === errors;
                      if (valid39) {
                        const err85 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/delay", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/delay/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                        if (vErrors === null) {
                          vErrors = [err85];
                        } else {
                          vErrors.push(err85);
                        }
                        errors++;
                      } else {
                        errors = _errs135;
                        if (vErrors !== null) {
                          if (_errs135) {
                            vErrors.length = _errs135;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var _valid6 = _errs134 === errors;
                      if (_valid6) {
                        valid38 = true;
                        passing3 = 0;
                      }
                      const _errs140 = errors;
                      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                        if (data44.fixedDelay === void 0) {
                          const err86 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/delay", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/delay/oneOf/1/required", keyword: "required", params: { missingProperty: "fixedDelay" }, message: "must have required property 'fixedDelay'" };
                          if (vErrors === null) {
                            vErrors = [err86];
                          } else {
                            vErrors.push(err86);
                          }
                          errors++;
                        }
                      }
                      var _valid6 = _errs140 === errors;
                      if (_valid6 && valid38) {
                        valid38 = false;
                        passing3 = [passing3, 1];
                      } else {
                        if (_valid6) {
                          valid38 = true;
                          passing3 = 1;
                        }
                        const _errs141 = errors;
                        if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                          if (data44.exponentialDelay === void 0) {
                            const err87 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/delay", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/delay/oneOf/2/required", keyword: "required", params: { missingProperty: "exponentialDelay" }, message: "must have required property 'exponentialDelay'" };
                            if (vErrors === null) {
                              vErrors = [err87];
                            } else {
                              vErrors.push(err87);
                            }
                            errors++;
                          }
                        }
                        var _valid6 = _errs141 === errors;
                        if (_valid6 && valid38) {
                          valid38 = false;
                          passing3 = [passing3, 2];
                        } else {
                          if (_valid6) {
                            valid38 = true;
                            passing3 = 2;
                          }
                        }
                      }
                      if (!valid38) {
                        const err88 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/delay", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/delay/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      } else {
                        errors = _errs133;
                        if (vErrors !== null) {
                          if (_errs133) {
                            vErrors.length = _errs133;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                        for (const key11 in data44) {
                          if (!(key11 === "exponentialDelay" || key11 === "fixedDelay" || key11 === "percent" || key11 === "percentage")) {
                            const err89 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/delay", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/delay/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err89];
                            } else {
                              vErrors.push(err89);
                            }
                            errors++;
                          }
                        }
                        if (data44.exponentialDelay !== void 0) {
                          if (typeof data44.exponentialDelay !== "string") {
                            const err90 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/delay/exponentialDelay", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/delay/properties/exponentialDelay/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err90];
                            } else {
                              vErrors.push(err90);
                            }
                            errors++;
                          }
                        }
                        if (data44.fixedDelay !== void 0) {
                          if (typeof data44.fixedDelay !== "string") {
                            const err91 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/delay/fixedDelay", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/delay/properties/fixedDelay/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err91];
                            } else {
                              vErrors.push(err91);
                            }
                            errors++;
                          }
                        }
                        if (data44.percent !== void 0) {
                          let data47 = data44.percent;
                          if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)) && isFinite(data47))) {
                            const err92 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/delay/percent", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/delay/properties/percent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err92];
                            } else {
                              vErrors.push(err92);
                            }
                            errors++;
                          }
                          if (typeof data47 == "number" && isFinite(data47)) {
                            if (!formats12.validate(data47)) {
                              const err93 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/delay/percent", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/delay/properties/percent/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err93];
                              } else {
                                vErrors.push(err93);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data44.percentage !== void 0) {
                          let data48 = data44.percentage;
                          if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                            for (const key12 in data48) {
                              if (!(key12 === "value")) {
                                const err94 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/delay/percentage", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/delay/properties/percentage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err94];
                                } else {
                                  vErrors.push(err94);
                                }
                                errors++;
                              }
                            }
                            if (data48.value !== void 0) {
                              let data49 = data48.value;
                              if (typeof data49 == "number" && isFinite(data49)) {
                                if (!formats14.validate(data49)) {
                                  const err95 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/delay/percentage/value", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/delay/properties/percentage/properties/value/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"' };
                                  if (vErrors === null) {
                                    vErrors = [err95];
                                  } else {
                                    vErrors.push(err95);
                                  }
                                  errors++;
                                }
                              } else {
                                const err96 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/delay/percentage/value", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/delay/properties/percentage/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                  vErrors = [err96];
                                } else {
                                  vErrors.push(err96);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err97 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/delay/percentage", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/delay/properties/percentage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err97];
                            } else {
                              vErrors.push(err97);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err98 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault/delay", schemaPath: "#/properties/spec/properties/http/items/properties/fault/properties/delay/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err99 = { instancePath: instancePath + "/spec/http/" + i3 + "/fault", schemaPath: "#/properties/spec/properties/http/items/properties/fault/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
                if (data11.headers !== void 0) {
                  let data50 = data11.headers;
                  if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                    for (const key13 in data50) {
                      if (!(key13 === "request" || key13 === "response")) {
                        const err100 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers", schemaPath: "#/properties/spec/properties/http/items/properties/headers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                      }
                    }
                    if (data50.request !== void 0) {
                      let data51 = data50.request;
                      if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                        for (const key14 in data51) {
                          if (!(key14 === "add" || key14 === "remove" || key14 === "set")) {
                            const err101 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/request", schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/request/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err101];
                            } else {
                              vErrors.push(err101);
                            }
                            errors++;
                          }
                        }
                        if (data51.add !== void 0) {
                          let data52 = data51.add;
                          if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                            for (const key15 in data52) {
                              if (typeof data52[key15] !== "string") {
                                const err102 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/request/add/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/request/properties/add/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err102];
                                } else {
                                  vErrors.push(err102);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err103 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/request/add", schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/request/properties/add/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err103];
                            } else {
                              vErrors.push(err103);
                            }
                            errors++;
                          }
                        }
                        if (data51.remove !== void 0) {
                          let data54 = data51.remove;
                          if (Array.isArray(data54)) {
                            const len9 = data54.length;
                            for (let i9 = 0; i9 < len9; i9++) {
                              if (typeof data54[i9] !== "string") {
                                const err104 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/request/remove/" + i9, schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/request/properties/remove/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err104];
                                } else {
                                  vErrors.push(err104);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err105 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/request/remove", schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/request/properties/remove/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err105];
                            } else {
                              vErrors.push(err105);
                            }
                            errors++;
                          }
                        }
                        if (data51.set !== void 0) {
                          let data56 = data51.set;
                          if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                            for (const key16 in data56) {
                              if (typeof data56[key16] !== "string") {
                                const err106 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/request/set/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/request/properties/set/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err106];
                                } else {
                                  vErrors.push(err106);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err107 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/request/set", schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/request/properties/set/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err107];
                            } else {
                              vErrors.push(err107);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err108 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/request", schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/request/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                    }
                    if (data50.response !== void 0) {
                      let data58 = data50.response;
                      if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                        for (const key17 in data58) {
                          if (!(key17 === "add" || key17 === "remove" || key17 === "set")) {
                            const err109 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/response", schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/response/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err109];
                            } else {
                              vErrors.push(err109);
                            }
                            errors++;
                          }
                        }
                        if (data58.add !== void 0) {
                          let data59 = data58.add;
                          if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                            for (const key18 in data59) {
                              if (typeof data59[key18] !== "string") {
                                const err110 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/response/add/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/response/properties/add/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err110];
                                } else {
                                  vErrors.push(err110);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err111 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/response/add", schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/response/properties/add/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err111];
                            } else {
                              vErrors.push(err111);
                            }
                            errors++;
                          }
                        }
                        if (data58.remove !== void 0) {
                          let data61 = data58.remove;
                          if (Array.isArray(data61)) {
                            const len10 = data61.length;
                            for (let i10 = 0; i10 < len10; i10++) {
                              if (typeof data61[i10] !== "string") {
                                const err112 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/response/remove/" + i10, schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/response/properties/remove/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err112];
                                } else {
                                  vErrors.push(err112);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err113 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/response/remove", schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/response/properties/remove/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err113];
                            } else {
                              vErrors.push(err113);
                            }
                            errors++;
                          }
                        }
                        if (data58.set !== void 0) {
                          let data63 = data58.set;
                          if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                            for (const key19 in data63) {
                              if (typeof data63[key19] !== "string") {
                                const err114 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/response/set/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/response/properties/set/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err114];
                                } else {
                                  vErrors.push(err114);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err115 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/response/set", schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/response/properties/set/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err115];
                            } else {
                              vErrors.push(err115);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err116 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers/response", schemaPath: "#/properties/spec/properties/http/items/properties/headers/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err116];
                        } else {
                          vErrors.push(err116);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err117 = { instancePath: instancePath + "/spec/http/" + i3 + "/headers", schemaPath: "#/properties/spec/properties/http/items/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                if (data11.match !== void 0) {
                  let data65 = data11.match;
                  if (Array.isArray(data65)) {
                    const len11 = data65.length;
                    for (let i11 = 0; i11 < len11; i11++) {
                      let data66 = data65[i11];
                      if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                        for (const key20 in data66) {
                          if (!func2.call(schema12.properties.spec.properties.http.items.properties.match.items.properties, key20)) {
                            const err118 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11, schemaPath: "#/properties/spec/properties/http/items/properties/match/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err118];
                            } else {
                              vErrors.push(err118);
                            }
                            errors++;
                          }
                        }
                        if (data66.authority !== void 0) {
                          let data67 = data66.authority;
                          const _errs198 = errors;
                          let valid57 = false;
                          let passing4 = null;
                          const _errs199 = errors;
                          const _errs200 = errors;
                          const _errs201 = errors;
                          const _errs202 = errors;
                          let valid59 = false;
                          const _errs203 = errors;
                          if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                            let missing10;
                            if (data67.exact === void 0 && (missing10 = "exact")) {
                              const err119 = {};
                              if (vErrors === null) {
                                vErrors = [err119];
                              } else {
                                vErrors.push(err119);
                              }
                              errors++;
                            }
                          }
                          var _valid9 = _errs203 === errors;
                          valid59 = valid59 || _valid9;
                          if (!valid59) {
                            const _errs204 = errors;
                            if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                              let missing11;
                              if (data67.prefix === void 0 && (missing11 = "prefix")) {
                                const err120 = {};
                                if (vErrors === null) {
                                  vErrors = [err120];
                                } else {
                                  vErrors.push(err120);
                                }
                                errors++;
                              }
                            }
                            var _valid9 = _errs204 === errors;
                            valid59 = valid59 || _valid9;
                            if (!valid59) {
                              const _errs205 = errors;
                              if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                                let missing12;
                                if (data67.regex === void 0 && (missing12 = "regex")) {
                                  const err121 = {};
                                  if (vErrors === null) {
                                    vErrors = [err121];
                                  } else {
                                    vErrors.push(err121);
                                  }
                                  errors++;
                                }
                              }
                              var _valid9 = _errs205 === errors;
                              valid59 = valid59 || _valid9;
                            }
                          }
                          if (!valid59) {
                            const err122 = {};
                            if (vErrors === null) {
                              vErrors = [err122];
                            } else {
                              vErrors.push(err122);
                            }
                            errors++;
                          } else {
                            errors = _errs202;
                            if (vErrors !== null) {
                              if (_errs202) {
                                vErrors.length = _errs202;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid58 = _errs201 === errors;
                          if (valid58) {
                            const err123 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/authority", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/authority/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                            if (vErrors === null) {
                              vErrors = [err123];
                            } else {
                              vErrors.push(err123);
                            }
                            errors++;
                          } else {
                            errors = _errs200;
                            if (vErrors !== null) {
                              if (_errs200) {
                                vErrors.length = _errs200;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var _valid8 = _errs199 === errors;
                          if (_valid8) {
                            valid57 = true;
                            passing4 = 0;
                          }
                          const _errs206 = errors;
                          if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                            if (data67.exact === void 0) {
                              const err124 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/authority", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/authority/oneOf/1/required", keyword: "required", params: { missingProperty: "exact" }, message: "must have required property 'exact'" };
                              if (vErrors === null) {
                                vErrors = [err124];
                              } else {
                                vErrors.push(err124);
                              }
                              errors++;
                            }
                          }
                          var _valid8 = _errs206 === errors;
                          if (_valid8 && valid57) {
                            valid57 = false;
                            passing4 = [passing4, 1];
                          } else {
                            if (_valid8) {
                              valid57 = true;
                              passing4 = 1;
                            }
                            const _errs207 = errors;
                            if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                              if (data67.prefix === void 0) {
                                const err125 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/authority", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/authority/oneOf/2/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property 'prefix'" };
                                if (vErrors === null) {
                                  vErrors = [err125];
                                } else {
                                  vErrors.push(err125);
                                }
                                errors++;
                              }
                            }
                            var _valid8 = _errs207 === errors;
                            if (_valid8 && valid57) {
                              valid57 = false;
                              passing4 = [passing4, 2];
                            } else {
                              if (_valid8) {
                                valid57 = true;
                                passing4 = 2;
                              }
                              const _errs208 = errors;
                              if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                                if (data67.regex === void 0) {
                                  const err126 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/authority", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/authority/oneOf/3/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'" };
                                  if (vErrors === null) {
                                    vErrors = [err126];
                                  } else {
                                    vErrors.push(err126);
                                  }
                                  errors++;
                                }
                              }
                              var _valid8 = _errs208 === errors;
                              if (_valid8 && valid57) {
                                valid57 = false;
                                passing4 = [passing4, 3];
                              } else {
                                if (_valid8) {
                                  valid57 = true;
                                  passing4 = 3;
                                }
                              }
                            }
                          }
                          if (!valid57) {
                            const err127 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/authority", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/authority/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                              vErrors = [err127];
                            } else {
                              vErrors.push(err127);
                            }
                            errors++;
                          } else {
                            errors = _errs198;
                            if (vErrors !== null) {
                              if (_errs198) {
                                vErrors.length = _errs198;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                            for (const key21 in data67) {
                              if (!(key21 === "exact" || key21 === "prefix" || key21 === "regex")) {
                                const err128 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/authority", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/authority/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err128];
                                } else {
                                  vErrors.push(err128);
                                }
                                errors++;
                              }
                            }
                            if (data67.exact !== void 0) {
                              if (typeof data67.exact !== "string") {
                                const err129 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/authority/exact", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/authority/properties/exact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err129];
                                } else {
                                  vErrors.push(err129);
                                }
                                errors++;
                              }
                            }
                            if (data67.prefix !== void 0) {
                              if (typeof data67.prefix !== "string") {
                                const err130 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/authority/prefix", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/authority/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err130];
                                } else {
                                  vErrors.push(err130);
                                }
                                errors++;
                              }
                            }
                            if (data67.regex !== void 0) {
                              if (typeof data67.regex !== "string") {
                                const err131 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/authority/regex", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/authority/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err131];
                                } else {
                                  vErrors.push(err131);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err132 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/authority", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/authority/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err132];
                            } else {
                              vErrors.push(err132);
                            }
                            errors++;
                          }
                        }
                        if (data66.gateways !== void 0) {
                          let data71 = data66.gateways;
                          if (Array.isArray(data71)) {
                            const len12 = data71.length;
                            for (let i12 = 0; i12 < len12; i12++) {
                              if (typeof data71[i12] !== "string") {
                                const err133 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/gateways/" + i12, schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/gateways/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err133];
                                } else {
                                  vErrors.push(err133);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err134 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/gateways", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/gateways/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err134];
                            } else {
                              vErrors.push(err134);
                            }
                            errors++;
                          }
                        }
                        if (data66.headers !== void 0) {
                          let data73 = data66.headers;
                          if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                            for (const key22 in data73) {
                              let data74 = data73[key22];
                              const _errs225 = errors;
                              let valid64 = false;
                              let passing5 = null;
                              const _errs226 = errors;
                              const _errs227 = errors;
                              const _errs228 = errors;
                              const _errs229 = errors;
                              let valid66 = false;
                              const _errs230 = errors;
                              if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                                let missing13;
                                if (data74.exact === void 0 && (missing13 = "exact")) {
                                  const err135 = {};
                                  if (vErrors === null) {
                                    vErrors = [err135];
                                  } else {
                                    vErrors.push(err135);
                                  }
                                  errors++;
                                }
                              }
                              var _valid11 = _errs230 === errors;
                              valid66 = valid66 || _valid11;
                              if (!valid66) {
                                const _errs231 = errors;
                                if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                                  let missing14;
                                  if (data74.prefix === void 0 && (missing14 = "prefix")) {
                                    const err136 = {};
                                    if (vErrors === null) {
                                      vErrors = [err136];
                                    } else {
                                      vErrors.push(err136);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid11 = _errs231 === errors;
                                valid66 = valid66 || _valid11;
                                if (!valid66) {
                                  const _errs232 = errors;
                                  if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                                    let missing15;
                                    if (data74.regex === void 0 && (missing15 = "regex")) {
                                      const err137 = {};
                                      if (vErrors === null) {
                                        vErrors = [err137];
                                      } else {
                                        vErrors.push(err137);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid11 = _errs232 === errors;
                                  valid66 = valid66 || _valid11;
                                }
                              }
                              if (!valid66) {
                                const err138 = {};
                                if (vErrors === null) {
                                  vErrors = [err138];
                                } else {
                                  vErrors.push(err138);
                                }
                                errors++;
                              } else {
                                errors = _errs229;
                                if (vErrors !== null) {
                                  if (_errs229) {
                                    vErrors.length = _errs229;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid65 = _errs228 === errors;
                              if (valid65) {
                                const err139 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/headers/additionalProperties/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                                if (vErrors === null) {
                                  vErrors = [err139];
                                } else {
                                  vErrors.push(err139);
                                }
                                errors++;
                              } else {
                                errors = _errs227;
                                if (vErrors !== null) {
                                  if (_errs227) {
                                    vErrors.length = _errs227;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var _valid10 = _errs226 === errors;
                              if (_valid10) {
                                valid64 = true;
                                passing5 = 0;
                              }
                              const _errs233 = errors;
                              if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                                if (data74.exact === void 0) {
                                  const err140 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/headers/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "exact" }, message: "must have required property 'exact'" };
                                  if (vErrors === null) {
                                    vErrors = [err140];
                                  } else {
                                    vErrors.push(err140);
                                  }
                                  errors++;
                                }
                              }
                              var _valid10 = _errs233 === errors;
                              if (_valid10 && valid64) {
                                valid64 = false;
                                passing5 = [passing5, 1];
                              } else {
                                if (_valid10) {
                                  valid64 = true;
                                  passing5 = 1;
                                }
                                const _errs234 = errors;
                                if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                                  if (data74.prefix === void 0) {
                                    const err141 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/headers/additionalProperties/oneOf/2/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property 'prefix'" };
                                    if (vErrors === null) {
                                      vErrors = [err141];
                                    } else {
                                      vErrors.push(err141);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid10 = _errs234 === errors;
                                if (_valid10 && valid64) {
                                  valid64 = false;
                                  passing5 = [passing5, 2];
                                } else {
                                  if (_valid10) {
                                    valid64 = true;
                                    passing5 = 2;
                                  }
                                  const _errs235 = errors;
                                  if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                                    if (data74.regex === void 0) {
                                      const err142 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/headers/additionalProperties/oneOf/3/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'" };
                                      if (vErrors === null) {
                                        vErrors = [err142];
                                      } else {
                                        vErrors.push(err142);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid10 = _errs235 === errors;
                                  if (_valid10 && valid64) {
                                    valid64 = false;
                                    passing5 = [passing5, 3];
                                  } else {
                                    if (_valid10) {
                                      valid64 = true;
                                      passing5 = 3;
                                    }
                                  }
                                }
                              }
                              if (!valid64) {
                                const err143 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/headers/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
                                if (vErrors === null) {
                                  vErrors = [err143];
                                } else {
                                  vErrors.push(err143);
                                }
                                errors++;
                              } else {
                                errors = _errs225;
                                if (vErrors !== null) {
                                  if (_errs225) {
                                    vErrors.length = _errs225;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                                for (const key23 in data74) {
                                  if (!(key23 === "exact" || key23 === "prefix" || key23 === "regex")) {
                                    const err144 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/headers/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err144];
                                    } else {
                                      vErrors.push(err144);
                                    }
                                    errors++;
                                  }
                                }
                                if (data74.exact !== void 0) {
                                  if (typeof data74.exact !== "string") {
                                    const err145 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1") + "/exact", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/headers/additionalProperties/properties/exact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err145];
                                    } else {
                                      vErrors.push(err145);
                                    }
                                    errors++;
                                  }
                                }
                                if (data74.prefix !== void 0) {
                                  if (typeof data74.prefix !== "string") {
                                    const err146 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1") + "/prefix", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/headers/additionalProperties/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err146];
                                    } else {
                                      vErrors.push(err146);
                                    }
                                    errors++;
                                  }
                                }
                                if (data74.regex !== void 0) {
                                  if (typeof data74.regex !== "string") {
                                    const err147 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/headers/additionalProperties/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err147];
                                    } else {
                                      vErrors.push(err147);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err148 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/headers/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err148];
                                } else {
                                  vErrors.push(err148);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err149 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/headers", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err149];
                            } else {
                              vErrors.push(err149);
                            }
                            errors++;
                          }
                        }
                        if (data66.ignoreUriCase !== void 0) {
                          if (typeof data66.ignoreUriCase !== "boolean") {
                            const err150 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/ignoreUriCase", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/ignoreUriCase/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err150];
                            } else {
                              vErrors.push(err150);
                            }
                            errors++;
                          }
                        }
                        if (data66.method !== void 0) {
                          let data79 = data66.method;
                          const _errs247 = errors;
                          let valid68 = false;
                          let passing6 = null;
                          const _errs248 = errors;
                          const _errs249 = errors;
                          const _errs250 = errors;
                          const _errs251 = errors;
                          let valid70 = false;
                          const _errs252 = errors;
                          if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                            let missing16;
                            if (data79.exact === void 0 && (missing16 = "exact")) {
                              const err151 = {};
                              if (vErrors === null) {
                                vErrors = [err151];
                              } else {
                                vErrors.push(err151);
                              }
                              errors++;
                            }
                          }
                          var _valid13 = _errs252 === errors;
                          valid70 = valid70 || _valid13;
                          if (!valid70) {
                            const _errs253 = errors;
                            if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                              let missing17;
                              if (data79.prefix === void 0 && (missing17 = "prefix")) {
                                const err152 = {};
                                if (vErrors === null) {
                                  vErrors = [err152];
                                } else {
                                  vErrors.push(err152);
                                }
                                errors++;
                              }
                            }
                            var _valid13 = _errs253 === errors;
                            valid70 = valid70 || _valid13;
                            if (!valid70) {
                              const _errs254 = errors;
                              if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                                let missing18;
                                if (data79.regex === void 0 && (missing18 = "regex")) {
                                  const err153 = {};
                                  if (vErrors === null) {
                                    vErrors = [err153];
                                  } else {
                                    vErrors.push(err153);
                                  }
                                  errors++;
                                }
                              }
                              var _valid13 = _errs254 === errors;
                              valid70 = valid70 || _valid13;
                            }
                          }
                          if (!valid70) {
                            const err154 = {};
                            if (vErrors === null) {
                              vErrors = [err154];
                            } else {
                              vErrors.push(err154);
                            }
                            errors++;
                          } else {
                            errors = _errs251;
                            if (vErrors !== null) {
                              if (_errs251) {
                                vErrors.length = _errs251;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid69 = _errs250 === errors;
                          if (valid69) {
                            const err155 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/method", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/method/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                            if (vErrors === null) {
                              vErrors = [err155];
                            } else {
                              vErrors.push(err155);
                            }
                            errors++;
                          } else {
                            errors = _errs249;
                            if (vErrors !== null) {
                              if (_errs249) {
                                vErrors.length = _errs249;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var _valid12 = _errs248 === errors;
                          if (_valid12) {
                            valid68 = true;
                            passing6 = 0;
                          }
                          const _errs255 = errors;
                          if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                            if (data79.exact === void 0) {
                              const err156 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/method", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/method/oneOf/1/required", keyword: "required", params: { missingProperty: "exact" }, message: "must have required property 'exact'" };
                              if (vErrors === null) {
                                vErrors = [err156];
                              } else {
                                vErrors.push(err156);
                              }
                              errors++;
                            }
                          }
                          var _valid12 = _errs255 === errors;
                          if (_valid12 && valid68) {
                            valid68 = false;
                            passing6 = [passing6, 1];
                          } else {
                            if (_valid12) {
                              valid68 = true;
                              passing6 = 1;
                            }
                            const _errs256 = errors;
                            if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                              if (data79.prefix === void 0) {
                                const err157 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/method", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/method/oneOf/2/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property 'prefix'" };
                                if (vErrors === null) {
                                  vErrors = [err157];
                                } else {
                                  vErrors.push(err157);
                                }
                                errors++;
                              }
                            }
                            var _valid12 = _errs256 === errors;
                            if (_valid12 && valid68) {
                              valid68 = false;
                              passing6 = [passing6, 2];
                            } else {
                              if (_valid12) {
                                valid68 = true;
                                passing6 = 2;
                              }
                              const _errs257 = errors;
                              if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                                if (data79.regex === void 0) {
                                  const err158 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/method", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/method/oneOf/3/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'" };
                                  if (vErrors === null) {
                                    vErrors = [err158];
                                  } else {
                                    vErrors.push(err158);
                                  }
                                  errors++;
                                }
                              }
                              var _valid12 = _errs257 === errors;
                              if (_valid12 && valid68) {
                                valid68 = false;
                                passing6 = [passing6, 3];
                              } else {
                                if (_valid12) {
                                  valid68 = true;
                                  passing6 = 3;
                                }
                              }
                            }
                          }
                          if (!valid68) {
                            const err159 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/method", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/method/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                              vErrors = [err159];
                            } else {
                              vErrors.push(err159);
                            }
                            errors++;
                          } else {
                            errors = _errs247;
                            if (vErrors !== null) {
                              if (_errs247) {
                                vErrors.length = _errs247;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                            for (const key24 in data79) {
                              if (!(key24 === "exact" || key24 === "prefix" || key24 === "regex")) {
                                const err160 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/method", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/method/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err160];
                                } else {
                                  vErrors.push(err160);
                                }
                                errors++;
                              }
                            }
                            if (data79.exact !== void 0) {
                              if (typeof data79.exact !== "string") {
                                const err161 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/method/exact", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/method/properties/exact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err161];
                                } else {
                                  vErrors.push(err161);
                                }
                                errors++;
                              }
                            }
                            if (data79.prefix !== void 0) {
                              if (typeof data79.prefix !== "string") {
                                const err162 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/method/prefix", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/method/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err162];
                                } else {
                                  vErrors.push(err162);
                                }
                                errors++;
                              }
                            }
                            if (data79.regex !== void 0) {
                              if (typeof data79.regex !== "string") {
                                const err163 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/method/regex", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/method/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err163];
                                } else {
                                  vErrors.push(err163);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err164 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/method", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/method/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err164];
                            } else {
                              vErrors.push(err164);
                            }
                            errors++;
                          }
                        }
                        if (data66.name !== void 0) {
                          if (typeof data66.name !== "string") {
                            const err165 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/name", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err165];
                            } else {
                              vErrors.push(err165);
                            }
                            errors++;
                          }
                        }
                        if (data66.port !== void 0) {
                          let data84 = data66.port;
                          if (!(typeof data84 == "number" && (!(data84 % 1) && !isNaN(data84)) && isFinite(data84))) {
                            const err166 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/port", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err166];
                            } else {
                              vErrors.push(err166);
                            }
                            errors++;
                          }
                          if (typeof data84 == "number" && isFinite(data84)) {
                            if (data84 > 4294967295 || isNaN(data84)) {
                              const err167 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/port", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                              if (vErrors === null) {
                                vErrors = [err167];
                              } else {
                                vErrors.push(err167);
                              }
                              errors++;
                            }
                            if (data84 < 0 || isNaN(data84)) {
                              const err168 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/port", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err168];
                              } else {
                                vErrors.push(err168);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data66.queryParams !== void 0) {
                          let data85 = data66.queryParams;
                          if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                            for (const key25 in data85) {
                              let data86 = data85[key25];
                              const _errs274 = errors;
                              let valid73 = false;
                              let passing7 = null;
                              const _errs275 = errors;
                              const _errs276 = errors;
                              const _errs277 = errors;
                              const _errs278 = errors;
                              let valid75 = false;
                              const _errs279 = errors;
                              if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                                let missing19;
                                if (data86.exact === void 0 && (missing19 = "exact")) {
                                  const err169 = {};
                                  if (vErrors === null) {
                                    vErrors = [err169];
                                  } else {
                                    vErrors.push(err169);
                                  }
                                  errors++;
                                }
                              }
                              var _valid15 = _errs279 === errors;
                              valid75 = valid75 || _valid15;
                              if (!valid75) {
                                const _errs280 = errors;
                                if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                                  let missing20;
                                  if (data86.prefix === void 0 && (missing20 = "prefix")) {
                                    const err170 = {};
                                    if (vErrors === null) {
                                      vErrors = [err170];
                                    } else {
                                      vErrors.push(err170);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid15 = _errs280 === errors;
                                valid75 = valid75 || _valid15;
                                if (!valid75) {
                                  const _errs281 = errors;
                                  if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                                    let missing21;
                                    if (data86.regex === void 0 && (missing21 = "regex")) {
                                      const err171 = {};
                                      if (vErrors === null) {
                                        vErrors = [err171];
                                      } else {
                                        vErrors.push(err171);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid15 = _errs281 === errors;
                                  valid75 = valid75 || _valid15;
                                }
                              }
                              if (!valid75) {
                                const err172 = {};
                                if (vErrors === null) {
                                  vErrors = [err172];
                                } else {
                                  vErrors.push(err172);
                                }
                                errors++;
                              } else {
                                errors = _errs278;
                                if (vErrors !== null) {
                                  if (_errs278) {
                                    vErrors.length = _errs278;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid74 = _errs277 === errors;
                              if (valid74) {
                                const err173 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/queryParams/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/queryParams/additionalProperties/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                                if (vErrors === null) {
                                  vErrors = [err173];
                                } else {
                                  vErrors.push(err173);
                                }
                                errors++;
                              } else {
                                errors = _errs276;
                                if (vErrors !== null) {
                                  if (_errs276) {
                                    vErrors.length = _errs276;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var _valid14 = _errs275 === errors;
                              if (_valid14) {
                                valid73 = true;
                                passing7 = 0;
                              }
                              const _errs282 = errors;
                              if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                                if (data86.exact === void 0) {
                                  const err174 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/queryParams/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/queryParams/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "exact" }, message: "must have required property 'exact'" };
                                  if (vErrors === null) {
                                    vErrors = [err174];
                                  } else {
                                    vErrors.push(err174);
                                  }
                                  errors++;
                                }
                              }
                              var _valid14 = _errs282 === errors;
                              if (_valid14 && valid73) {
                                valid73 = false;
                                passing7 = [passing7, 1];
                              } else {
                                if (_valid14) {
                                  valid73 = true;
                                  passing7 = 1;
                                }
                                const _errs283 = errors;
                                if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                                  if (data86.prefix === void 0) {
                                    const err175 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/queryParams/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/queryParams/additionalProperties/oneOf/2/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property 'prefix'" };
                                    if (vErrors === null) {
                                      vErrors = [err175];
                                    } else {
                                      vErrors.push(err175);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid14 = _errs283 === errors;
                                if (_valid14 && valid73) {
                                  valid73 = false;
                                  passing7 = [passing7, 2];
                                } else {
                                  if (_valid14) {
                                    valid73 = true;
                                    passing7 = 2;
                                  }
                                  const _errs284 = errors;
                                  if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                                    if (data86.regex === void 0) {
                                      const err176 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/queryParams/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/queryParams/additionalProperties/oneOf/3/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'" };
                                      if (vErrors === null) {
                                        vErrors = [err176];
                                      } else {
                                        vErrors.push(err176);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid14 = _errs284 === errors;
                                  if (_valid14 && valid73) {
                                    valid73 = false;
                                    passing7 = [passing7, 3];
                                  } else {
                                    if (_valid14) {
                                      valid73 = true;
                                      passing7 = 3;
                                    }
                                  }
                                }
                              }
                              if (!valid73) {
                                const err177 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/queryParams/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/queryParams/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf" };
                                if (vErrors === null) {
                                  vErrors = [err177];
                                } else {
                                  vErrors.push(err177);
                                }
                                errors++;
                              } else {
                                errors = _errs274;
                                if (vErrors !== null) {
                                  if (_errs274) {
                                    vErrors.length = _errs274;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                                for (const key26 in data86) {
                                  if (!(key26 === "exact" || key26 === "prefix" || key26 === "regex")) {
                                    const err178 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/queryParams/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/queryParams/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err178];
                                    } else {
                                      vErrors.push(err178);
                                    }
                                    errors++;
                                  }
                                }
                                if (data86.exact !== void 0) {
                                  if (typeof data86.exact !== "string") {
                                    const err179 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/queryParams/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/exact", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/queryParams/additionalProperties/properties/exact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err179];
                                    } else {
                                      vErrors.push(err179);
                                    }
                                    errors++;
                                  }
                                }
                                if (data86.prefix !== void 0) {
                                  if (typeof data86.prefix !== "string") {
                                    const err180 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/queryParams/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/prefix", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/queryParams/additionalProperties/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err180];
                                    } else {
                                      vErrors.push(err180);
                                    }
                                    errors++;
                                  }
                                }
                                if (data86.regex !== void 0) {
                                  if (typeof data86.regex !== "string") {
                                    const err181 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/queryParams/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/queryParams/additionalProperties/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err181];
                                    } else {
                                      vErrors.push(err181);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err182 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/queryParams/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/queryParams/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err182];
                                } else {
                                  vErrors.push(err182);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err183 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/queryParams", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/queryParams/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err183];
                            } else {
                              vErrors.push(err183);
                            }
                            errors++;
                          }
                        }
                        if (data66.scheme !== void 0) {
                          let data90 = data66.scheme;
                          const _errs294 = errors;
                          let valid77 = false;
                          let passing8 = null;
                          const _errs295 = errors;
                          const _errs296 = errors;
                          const _errs297 = errors;
                          const _errs298 = errors;
                          let valid79 = false;
                          const _errs299 = errors;
                          if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                            let missing22;
                            if (data90.exact === void 0 && (missing22 = "exact")) {
                              const err184 = {};
                              if (vErrors === null) {
                                vErrors = [err184];
                              } else {
                                vErrors.push(err184);
                              }
                              errors++;
                            }
                          }
                          var _valid17 = _errs299 === errors;
                          valid79 = valid79 || _valid17;
                          if (!valid79) {
                            const _errs300 = errors;
                            if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                              let missing23;
                              if (data90.prefix === void 0 && (missing23 = "prefix")) {
                                const err185 = {};
                                if (vErrors === null) {
                                  vErrors = [err185];
                                } else {
                                  vErrors.push(err185);
                                }
                                errors++;
                              }
                            }
                            var _valid17 = _errs300 === errors;
                            valid79 = valid79 || _valid17;
                            if (!valid79) {
                              const _errs301 = errors;
                              if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                                let missing24;
                                if (data90.regex === void 0 && (missing24 = "regex")) {
                                  const err186 = {};
                                  if (vErrors === null) {
                                    vErrors = [err186];
                                  } else {
                                    vErrors.push(err186);
                                  }
                                  errors++;
                                }
                              }
                              var _valid17 = _errs301 === errors;
                              valid79 = valid79 || _valid17;
                            }
                          }
                          if (!valid79) {
                            const err187 = {};
                            if (vErrors === null) {
                              vErrors = [err187];
                            } else {
                              vErrors.push(err187);
                            }
                            errors++;
                          } else {
                            errors = _errs298;
                            if (vErrors !== null) {
                              if (_errs298) {
                                vErrors.length = _errs298;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid78 = _errs297 === errors;
                          if (valid78) {
                            const err188 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/scheme", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/scheme/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                            if (vErrors === null) {
                              vErrors = [err188];
                            } else {
                              vErrors.push(err188);
                            }
                            errors++;
                          } else {
                            errors = _errs296;
                            if (vErrors !== null) {
                              if (_errs296) {
                                vErrors.length = _errs296;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var _valid16 = _errs295 === errors;
                          if (_valid16) {
                            valid77 = true;
                            passing8 = 0;
                          }
                          const _errs302 = errors;
                          if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                            if (data90.exact === void 0) {
                              const err189 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/scheme", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/scheme/oneOf/1/required", keyword: "required", params: { missingProperty: "exact" }, message: "must have required property 'exact'" };
                              if (vErrors === null) {
                                vErrors = [err189];
                              } else {
                                vErrors.push(err189);
                              }
                              errors++;
                            }
                          }
                          var _valid16 = _errs302 === errors;
                          if (_valid16 && valid77) {
                            valid77 = false;
                            passing8 = [passing8, 1];
                          } else {
                            if (_valid16) {
                              valid77 = true;
                              passing8 = 1;
                            }
                            const _errs303 = errors;
                            if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                              if (data90.prefix === void 0) {
                                const err190 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/scheme", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/scheme/oneOf/2/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property 'prefix'" };
                                if (vErrors === null) {
                                  vErrors = [err190];
                                } else {
                                  vErrors.push(err190);
                                }
                                errors++;
                              }
                            }
                            var _valid16 = _errs303 === errors;
                            if (_valid16 && valid77) {
                              valid77 = false;
                              passing8 = [passing8, 2];
                            } else {
                              if (_valid16) {
                                valid77 = true;
                                passing8 = 2;
                              }
                              const _errs304 = errors;
                              if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                                if (data90.regex === void 0) {
                                  const err191 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/scheme", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/scheme/oneOf/3/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'" };
                                  if (vErrors === null) {
                                    vErrors = [err191];
                                  } else {
                                    vErrors.push(err191);
                                  }
                                  errors++;
                                }
                              }
                              var _valid16 = _errs304 === errors;
                              if (_valid16 && valid77) {
                                valid77 = false;
                                passing8 = [passing8, 3];
                              } else {
                                if (_valid16) {
                                  valid77 = true;
                                  passing8 = 3;
                                }
                              }
                            }
                          }
                          if (!valid77) {
                            const err192 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/scheme", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/scheme/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                              vErrors = [err192];
                            } else {
                              vErrors.push(err192);
                            }
                            errors++;
                          } else {
                            errors = _errs294;
                            if (vErrors !== null) {
                              if (_errs294) {
                                vErrors.length = _errs294;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                            for (const key27 in data90) {
                              if (!(key27 === "exact" || key27 === "prefix" || key27 === "regex")) {
                                const err193 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/scheme", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/scheme/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err193];
                                } else {
                                  vErrors.push(err193);
                                }
                                errors++;
                              }
                            }
                            if (data90.exact !== void 0) {
                              if (typeof data90.exact !== "string") {
                                const err194 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/scheme/exact", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/scheme/properties/exact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err194];
                                } else {
                                  vErrors.push(err194);
                                }
                                errors++;
                              }
                            }
                            if (data90.prefix !== void 0) {
                              if (typeof data90.prefix !== "string") {
                                const err195 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/scheme/prefix", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/scheme/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err195];
                                } else {
                                  vErrors.push(err195);
                                }
                                errors++;
                              }
                            }
                            if (data90.regex !== void 0) {
                              if (typeof data90.regex !== "string") {
                                const err196 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/scheme/regex", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/scheme/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err196];
                                } else {
                                  vErrors.push(err196);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err197 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/scheme", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/scheme/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err197];
                            } else {
                              vErrors.push(err197);
                            }
                            errors++;
                          }
                        }
                        if (data66.sourceLabels !== void 0) {
                          let data94 = data66.sourceLabels;
                          if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
                            for (const key28 in data94) {
                              if (typeof data94[key28] !== "string") {
                                const err198 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/sourceLabels/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/sourceLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err198];
                                } else {
                                  vErrors.push(err198);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err199 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/sourceLabels", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/sourceLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err199];
                            } else {
                              vErrors.push(err199);
                            }
                            errors++;
                          }
                        }
                        if (data66.sourceNamespace !== void 0) {
                          if (typeof data66.sourceNamespace !== "string") {
                            const err200 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/sourceNamespace", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/sourceNamespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err200];
                            } else {
                              vErrors.push(err200);
                            }
                            errors++;
                          }
                        }
                        if (data66.statPrefix !== void 0) {
                          if (typeof data66.statPrefix !== "string") {
                            const err201 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/statPrefix", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/statPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err201];
                            } else {
                              vErrors.push(err201);
                            }
                            errors++;
                          }
                        }
                        if (data66.uri !== void 0) {
                          let data98 = data66.uri;
                          const _errs323 = errors;
                          let valid82 = false;
                          let passing9 = null;
                          const _errs324 = errors;
                          const _errs325 = errors;
                          const _errs326 = errors;
                          const _errs327 = errors;
                          let valid84 = false;
                          const _errs328 = errors;
                          if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                            let missing25;
                            if (data98.exact === void 0 && (missing25 = "exact")) {
                              const err202 = {};
                              if (vErrors === null) {
                                vErrors = [err202];
                              } else {
                                vErrors.push(err202);
                              }
                              errors++;
                            }
                          }
                          var _valid19 = _errs328 === errors;
                          valid84 = valid84 || _valid19;
                          if (!valid84) {
                            const _errs329 = errors;
                            if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                              let missing26;
                              if (data98.prefix === void 0 && (missing26 = "prefix")) {
                                const err203 = {};
                                if (vErrors === null) {
                                  vErrors = [err203];
                                } else {
                                  vErrors.push(err203);
                                }
                                errors++;
                              }
                            }
                            var _valid19 = _errs329 === errors;
                            valid84 = valid84 || _valid19;
                            if (!valid84) {
                              const _errs330 = errors;
                              if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                                let missing27;
                                if (data98.regex === void 0 && (missing27 = "regex")) {
                                  const err204 = {};
                                  if (vErrors === null) {
                                    vErrors = [err204];
                                  } else {
                                    vErrors.push(err204);
                                  }
                                  errors++;
                                }
                              }
                              var _valid19 = _errs330 === errors;
                              valid84 = valid84 || _valid19;
                            }
                          }
                          if (!valid84) {
                            const err205 = {};
                            if (vErrors === null) {
                              vErrors = [err205];
                            } else {
                              vErrors.push(err205);
                            }
                            errors++;
                          } else {
                            errors = _errs327;
                            if (vErrors !== null) {
                              if (_errs327) {
                                vErrors.length = _errs327;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid83 = _errs326 === errors;
                          if (valid83) {
                            const err206 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/uri", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/uri/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                            if (vErrors === null) {
                              vErrors = [err206];
                            } else {
                              vErrors.push(err206);
                            }
                            errors++;
                          } else {
                            errors = _errs325;
                            if (vErrors !== null) {
                              if (_errs325) {
                                vErrors.length = _errs325;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var _valid18 = _errs324 === errors;
                          if (_valid18) {
                            valid82 = true;
                            passing9 = 0;
                          }
                          const _errs331 = errors;
                          if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                            if (data98.exact === void 0) {
                              const err207 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/uri", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/uri/oneOf/1/required", keyword: "required", params: { missingProperty: "exact" }, message: "must have required property 'exact'" };
                              if (vErrors === null) {
                                vErrors = [err207];
                              } else {
                                vErrors.push(err207);
                              }
                              errors++;
                            }
                          }
                          var _valid18 = _errs331 === errors;
                          if (_valid18 && valid82) {
                            valid82 = false;
                            passing9 = [passing9, 1];
                          } else {
                            if (_valid18) {
                              valid82 = true;
                              passing9 = 1;
                            }
                            const _errs332 = errors;
                            if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                              if (data98.prefix === void 0) {
                                const err208 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/uri", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/uri/oneOf/2/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property 'prefix'" };
                                if (vErrors === null) {
                                  vErrors = [err208];
                                } else {
                                  vErrors.push(err208);
                                }
                                errors++;
                              }
                            }
                            var _valid18 = _errs332 === errors;
                            if (_valid18 && valid82) {
                              valid82 = false;
                              passing9 = [passing9, 2];
                            } else {
                              if (_valid18) {
                                valid82 = true;
                                passing9 = 2;
                              }
                              const _errs333 = errors;
                              if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                                if (data98.regex === void 0) {
                                  const err209 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/uri", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/uri/oneOf/3/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'" };
                                  if (vErrors === null) {
                                    vErrors = [err209];
                                  } else {
                                    vErrors.push(err209);
                                  }
                                  errors++;
                                }
                              }
                              var _valid18 = _errs333 === errors;
                              if (_valid18 && valid82) {
                                valid82 = false;
                                passing9 = [passing9, 3];
                              } else {
                                if (_valid18) {
                                  valid82 = true;
                                  passing9 = 3;
                                }
                              }
                            }
                          }
                          if (!valid82) {
                            const err210 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/uri", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/uri/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                              vErrors = [err210];
                            } else {
                              vErrors.push(err210);
                            }
                            errors++;
                          } else {
                            errors = _errs323;
                            if (vErrors !== null) {
                              if (_errs323) {
                                vErrors.length = _errs323;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                            for (const key29 in data98) {
                              if (!(key29 === "exact" || key29 === "prefix" || key29 === "regex")) {
                                const err211 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/uri", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/uri/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err211];
                                } else {
                                  vErrors.push(err211);
                                }
                                errors++;
                              }
                            }
                            if (data98.exact !== void 0) {
                              if (typeof data98.exact !== "string") {
                                const err212 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/uri/exact", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/uri/properties/exact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err212];
                                } else {
                                  vErrors.push(err212);
                                }
                                errors++;
                              }
                            }
                            if (data98.prefix !== void 0) {
                              if (typeof data98.prefix !== "string") {
                                const err213 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/uri/prefix", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/uri/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err213];
                                } else {
                                  vErrors.push(err213);
                                }
                                errors++;
                              }
                            }
                            if (data98.regex !== void 0) {
                              if (typeof data98.regex !== "string") {
                                const err214 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/uri/regex", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/uri/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err214];
                                } else {
                                  vErrors.push(err214);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err215 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/uri", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/uri/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err215];
                            } else {
                              vErrors.push(err215);
                            }
                            errors++;
                          }
                        }
                        if (data66.withoutHeaders !== void 0) {
                          let data102 = data66.withoutHeaders;
                          if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                            for (const key30 in data102) {
                              let data103 = data102[key30];
                              const _errs346 = errors;
                              let valid87 = false;
                              let passing10 = null;
                              const _errs347 = errors;
                              const _errs348 = errors;
                              const _errs349 = errors;
                              const _errs350 = errors;
                              let valid89 = false;
                              const _errs351 = errors;
                              if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                let missing28;
                                if (data103.exact === void 0 && (missing28 = "exact")) {
                                  const err216 = {};
                                  if (vErrors === null) {
                                    vErrors = [err216];
                                  } else {
                                    vErrors.push(err216);
                                  }
                                  errors++;
                                }
                              }
                              var _valid21 = _errs351 === errors;
                              valid89 = valid89 || _valid21;
                              if (!valid89) {
                                const _errs352 = errors;
                                if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                  let missing29;
                                  if (data103.prefix === void 0 && (missing29 = "prefix")) {
                                    const err217 = {};
                                    if (vErrors === null) {
                                      vErrors = [err217];
                                    } else {
                                      vErrors.push(err217);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid21 = _errs352 === errors;
                                valid89 = valid89 || _valid21;
                                if (!valid89) {
                                  const _errs353 = errors;
                                  if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                    let missing30;
                                    if (data103.regex === void 0 && (missing30 = "regex")) {
                                      const err218 = {};
                                      if (vErrors === null) {
                                        vErrors = [err218];
                                      } else {
                                        vErrors.push(err218);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid21 = _errs353 === errors;
                                  valid89 = valid89 || _valid21;
                                }
                              }
                              if (!valid89) {
                                const err219 = {};
                                if (vErrors === null) {
                                  vErrors = [err219];
                                } else {
                                  vErrors.push(err219);
                                }
                                errors++;
                              } else {
                                errors = _errs350;
                                if (vErrors !== null) {
                                  if (_errs350) {
                                    vErrors.length = _errs350;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid88 = _errs349 === errors;
                              if (valid88) {
                                const err220 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/withoutHeaders/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/withoutHeaders/additionalProperties/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                                if (vErrors === null) {
                                  vErrors = [err220];
                                } else {
                                  vErrors.push(err220);
                                }
                                errors++;
                              } else {
                                errors = _errs348;
                                if (vErrors !== null) {
                                  if (_errs348) {
                                    vErrors.length = _errs348;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var _valid20 = _errs347 === errors;
                              if (_valid20) {
                                valid87 = true;
                                passing10 = 0;
                              }
                              const _errs354 = errors;
                              if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                if (data103.exact === void 0) {
                                  const err221 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/withoutHeaders/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/withoutHeaders/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "exact" }, message: "must have required property 'exact'" };
                                  if (vErrors === null) {
                                    vErrors = [err221];
                                  } else {
                                    vErrors.push(err221);
                                  }
                                  errors++;
                                }
                              }
                              var _valid20 = _errs354 === errors;
                              if (_valid20 && valid87) {
                                valid87 = false;
                                passing10 = [passing10, 1];
                              } else {
                                if (_valid20) {
                                  valid87 = true;
                                  passing10 = 1;
                                }
                                const _errs355 = errors;
                                if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                  if (data103.prefix === void 0) {
                                    const err222 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/withoutHeaders/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/withoutHeaders/additionalProperties/oneOf/2/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property 'prefix'" };
                                    if (vErrors === null) {
                                      vErrors = [err222];
                                    } else {
                                      vErrors.push(err222);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid20 = _errs355 === errors;
                                if (_valid20 && valid87) {
                                  valid87 = false;
                                  passing10 = [passing10, 2];
                                } else {
                                  if (_valid20) {
                                    valid87 = true;
                                    passing10 = 2;
                                  }
                                  const _errs356 = errors;
                                  if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                    if (data103.regex === void 0) {
                                      const err223 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/withoutHeaders/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/withoutHeaders/additionalProperties/oneOf/3/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property 'regex'" };
                                      if (vErrors === null) {
                                        vErrors = [err223];
                                      } else {
                                        vErrors.push(err223);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid20 = _errs356 === errors;
                                  if (_valid20 && valid87) {
                                    valid87 = false;
                                    passing10 = [passing10, 3];
                                  } else {
                                    if (_valid20) {
                                      valid87 = true;
                                      passing10 = 3;
                                    }
                                  }
                                }
                              }
                              if (!valid87) {
                                const err224 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/withoutHeaders/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/withoutHeaders/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf" };
                                if (vErrors === null) {
                                  vErrors = [err224];
                                } else {
                                  vErrors.push(err224);
                                }
                                errors++;
                              } else {
                                errors = _errs346;
                                if (vErrors !== null) {
                                  if (_errs346) {
                                    vErrors.length = _errs346;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                for (const key31 in data103) {
                                  if (!(key31 === "exact" || key31 === "prefix" || key31 === "regex")) {
                                    const err225 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/withoutHeaders/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/withoutHeaders/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err225];
                                    } else {
                                      vErrors.push(err225);
                                    }
                                    errors++;
                                  }
                                }
                                if (data103.exact !== void 0) {
                                  if (typeof data103.exact !== "string") {
                                    const err226 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/withoutHeaders/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/exact", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/withoutHeaders/additionalProperties/properties/exact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err226];
                                    } else {
                                      vErrors.push(err226);
                                    }
                                    errors++;
                                  }
                                }
                                if (data103.prefix !== void 0) {
                                  if (typeof data103.prefix !== "string") {
                                    const err227 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/withoutHeaders/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/prefix", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/withoutHeaders/additionalProperties/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err227];
                                    } else {
                                      vErrors.push(err227);
                                    }
                                    errors++;
                                  }
                                }
                                if (data103.regex !== void 0) {
                                  if (typeof data103.regex !== "string") {
                                    const err228 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/withoutHeaders/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/withoutHeaders/additionalProperties/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err228];
                                    } else {
                                      vErrors.push(err228);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err229 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/withoutHeaders/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/withoutHeaders/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err229];
                                } else {
                                  vErrors.push(err229);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err230 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11 + "/withoutHeaders", schemaPath: "#/properties/spec/properties/http/items/properties/match/items/properties/withoutHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err230];
                            } else {
                              vErrors.push(err230);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err231 = { instancePath: instancePath + "/spec/http/" + i3 + "/match/" + i11, schemaPath: "#/properties/spec/properties/http/items/properties/match/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err231];
                        } else {
                          vErrors.push(err231);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err232 = { instancePath: instancePath + "/spec/http/" + i3 + "/match", schemaPath: "#/properties/spec/properties/http/items/properties/match/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err232];
                    } else {
                      vErrors.push(err232);
                    }
                    errors++;
                  }
                }
                if (data11.mirror !== void 0) {
                  let data107 = data11.mirror;
                  if (data107 && typeof data107 == "object" && !Array.isArray(data107)) {
                    if (data107.host === void 0) {
                      const err233 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirror", schemaPath: "#/properties/spec/properties/http/items/properties/mirror/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'" };
                      if (vErrors === null) {
                        vErrors = [err233];
                      } else {
                        vErrors.push(err233);
                      }
                      errors++;
                    }
                    for (const key32 in data107) {
                      if (!(key32 === "host" || key32 === "port" || key32 === "subset")) {
                        const err234 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirror", schemaPath: "#/properties/spec/properties/http/items/properties/mirror/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err234];
                        } else {
                          vErrors.push(err234);
                        }
                        errors++;
                      }
                    }
                    if (data107.host !== void 0) {
                      if (typeof data107.host !== "string") {
                        const err235 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirror/host", schemaPath: "#/properties/spec/properties/http/items/properties/mirror/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err235];
                        } else {
                          vErrors.push(err235);
                        }
                        errors++;
                      }
                    }
                    if (data107.port !== void 0) {
                      let data109 = data107.port;
                      if (data109 && typeof data109 == "object" && !Array.isArray(data109)) {
                        for (const key33 in data109) {
                          if (!(key33 === "number")) {
                            const err236 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirror/port", schemaPath: "#/properties/spec/properties/http/items/properties/mirror/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err236];
                            } else {
                              vErrors.push(err236);
                            }
                            errors++;
                          }
                        }
                        if (data109.number !== void 0) {
                          let data110 = data109.number;
                          if (!(typeof data110 == "number" && (!(data110 % 1) && !isNaN(data110)) && isFinite(data110))) {
                            const err237 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirror/port/number", schemaPath: "#/properties/spec/properties/http/items/properties/mirror/properties/port/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err237];
                            } else {
                              vErrors.push(err237);
                            }
                            errors++;
                          }
                          if (typeof data110 == "number" && isFinite(data110)) {
                            if (data110 > 4294967295 || isNaN(data110)) {
                              const err238 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirror/port/number", schemaPath: "#/properties/spec/properties/http/items/properties/mirror/properties/port/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                              if (vErrors === null) {
                                vErrors = [err238];
                              } else {
                                vErrors.push(err238);
                              }
                              errors++;
                            }
                            if (data110 < 0 || isNaN(data110)) {
                              const err239 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirror/port/number", schemaPath: "#/properties/spec/properties/http/items/properties/mirror/properties/port/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err239];
                              } else {
                                vErrors.push(err239);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err240 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirror/port", schemaPath: "#/properties/spec/properties/http/items/properties/mirror/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err240];
                        } else {
                          vErrors.push(err240);
                        }
                        errors++;
                      }
                    }
                    if (data107.subset !== void 0) {
                      if (typeof data107.subset !== "string") {
                        const err241 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirror/subset", schemaPath: "#/properties/spec/properties/http/items/properties/mirror/properties/subset/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err241];
                        } else {
                          vErrors.push(err241);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err242 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirror", schemaPath: "#/properties/spec/properties/http/items/properties/mirror/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err242];
                    } else {
                      vErrors.push(err242);
                    }
                    errors++;
                  }
                }
                if (data11.mirror_percent !== void 0) {
                  let data112 = data11.mirror_percent;
                  if (!(typeof data112 == "number" && (!(data112 % 1) && !isNaN(data112)) && isFinite(data112)) && data112 !== null) {
                    const err243 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirror_percent", schemaPath: "#/properties/spec/properties/http/items/properties/mirror_percent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err243];
                    } else {
                      vErrors.push(err243);
                    }
                    errors++;
                  }
                  if (typeof data112 == "number" && isFinite(data112)) {
                    if (data112 > 4294967295 || isNaN(data112)) {
                      const err244 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirror_percent", schemaPath: "#/properties/spec/properties/http/items/properties/mirror_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err244];
                      } else {
                        vErrors.push(err244);
                      }
                      errors++;
                    }
                    if (data112 < 0 || isNaN(data112)) {
                      const err245 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirror_percent", schemaPath: "#/properties/spec/properties/http/items/properties/mirror_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err245];
                      } else {
                        vErrors.push(err245);
                      }
                      errors++;
                    }
                  }
                }
                if (data11.mirrorPercent !== void 0) {
                  let data113 = data11.mirrorPercent;
                  if (!(typeof data113 == "number" && (!(data113 % 1) && !isNaN(data113)) && isFinite(data113)) && data113 !== null) {
                    const err246 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrorPercent", schemaPath: "#/properties/spec/properties/http/items/properties/mirrorPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err246];
                    } else {
                      vErrors.push(err246);
                    }
                    errors++;
                  }
                  if (typeof data113 == "number" && isFinite(data113)) {
                    if (data113 > 4294967295 || isNaN(data113)) {
                      const err247 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrorPercent", schemaPath: "#/properties/spec/properties/http/items/properties/mirrorPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err247];
                      } else {
                        vErrors.push(err247);
                      }
                      errors++;
                    }
                    if (data113 < 0 || isNaN(data113)) {
                      const err248 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrorPercent", schemaPath: "#/properties/spec/properties/http/items/properties/mirrorPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err248];
                      } else {
                        vErrors.push(err248);
                      }
                      errors++;
                    }
                  }
                }
                if (data11.mirrorPercentage !== void 0) {
                  let data114 = data11.mirrorPercentage;
                  if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
                    for (const key34 in data114) {
                      if (!(key34 === "value")) {
                        const err249 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrorPercentage", schemaPath: "#/properties/spec/properties/http/items/properties/mirrorPercentage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err249];
                        } else {
                          vErrors.push(err249);
                        }
                        errors++;
                      }
                    }
                    if (data114.value !== void 0) {
                      let data115 = data114.value;
                      if (typeof data115 == "number" && isFinite(data115)) {
                        if (!formats14.validate(data115)) {
                          const err250 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrorPercentage/value", schemaPath: "#/properties/spec/properties/http/items/properties/mirrorPercentage/properties/value/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"' };
                          if (vErrors === null) {
                            vErrors = [err250];
                          } else {
                            vErrors.push(err250);
                          }
                          errors++;
                        }
                      } else {
                        const err251 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrorPercentage/value", schemaPath: "#/properties/spec/properties/http/items/properties/mirrorPercentage/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err251];
                        } else {
                          vErrors.push(err251);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err252 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrorPercentage", schemaPath: "#/properties/spec/properties/http/items/properties/mirrorPercentage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err252];
                    } else {
                      vErrors.push(err252);
                    }
                    errors++;
                  }
                }
                if (data11.mirrors !== void 0) {
                  let data116 = data11.mirrors;
                  if (Array.isArray(data116)) {
                    const len13 = data116.length;
                    for (let i13 = 0; i13 < len13; i13++) {
                      let data117 = data116[i13];
                      if (data117 && typeof data117 == "object" && !Array.isArray(data117)) {
                        if (data117.destination === void 0) {
                          const err253 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13, schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/required", keyword: "required", params: { missingProperty: "destination" }, message: "must have required property 'destination'" };
                          if (vErrors === null) {
                            vErrors = [err253];
                          } else {
                            vErrors.push(err253);
                          }
                          errors++;
                        }
                        for (const key35 in data117) {
                          if (!(key35 === "destination" || key35 === "percentage")) {
                            const err254 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13, schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err254];
                            } else {
                              vErrors.push(err254);
                            }
                            errors++;
                          }
                        }
                        if (data117.destination !== void 0) {
                          let data118 = data117.destination;
                          if (data118 && typeof data118 == "object" && !Array.isArray(data118)) {
                            if (data118.host === void 0) {
                              const err255 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13 + "/destination", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/properties/destination/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'" };
                              if (vErrors === null) {
                                vErrors = [err255];
                              } else {
                                vErrors.push(err255);
                              }
                              errors++;
                            }
                            for (const key36 in data118) {
                              if (!(key36 === "host" || key36 === "port" || key36 === "subset")) {
                                const err256 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13 + "/destination", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/properties/destination/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err256];
                                } else {
                                  vErrors.push(err256);
                                }
                                errors++;
                              }
                            }
                            if (data118.host !== void 0) {
                              if (typeof data118.host !== "string") {
                                const err257 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13 + "/destination/host", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/properties/destination/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err257];
                                } else {
                                  vErrors.push(err257);
                                }
                                errors++;
                              }
                            }
                            if (data118.port !== void 0) {
                              let data120 = data118.port;
                              if (data120 && typeof data120 == "object" && !Array.isArray(data120)) {
                                for (const key37 in data120) {
                                  if (!(key37 === "number")) {
                                    const err258 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13 + "/destination/port", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/properties/destination/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err258];
                                    } else {
                                      vErrors.push(err258);
                                    }
                                    errors++;
                                  }
                                }
                                if (data120.number !== void 0) {
                                  let data121 = data120.number;
                                  if (!(typeof data121 == "number" && (!(data121 % 1) && !isNaN(data121)) && isFinite(data121))) {
                                    const err259 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13 + "/destination/port/number", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/properties/destination/properties/port/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err259];
                                    } else {
                                      vErrors.push(err259);
                                    }
                                    errors++;
                                  }
                                  if (typeof data121 == "number" && isFinite(data121)) {
                                    if (data121 > 4294967295 || isNaN(data121)) {
                                      const err260 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13 + "/destination/port/number", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/properties/destination/properties/port/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                      if (vErrors === null) {
                                        vErrors = [err260];
                                      } else {
                                        vErrors.push(err260);
                                      }
                                      errors++;
                                    }
                                    if (data121 < 0 || isNaN(data121)) {
                                      const err261 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13 + "/destination/port/number", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/properties/destination/properties/port/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err261];
                                      } else {
                                        vErrors.push(err261);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                              } else {
                                const err262 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13 + "/destination/port", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/properties/destination/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err262];
                                } else {
                                  vErrors.push(err262);
                                }
                                errors++;
                              }
                            }
                            if (data118.subset !== void 0) {
                              if (typeof data118.subset !== "string") {
                                const err263 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13 + "/destination/subset", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/properties/destination/properties/subset/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err263];
                                } else {
                                  vErrors.push(err263);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err264 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13 + "/destination", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/properties/destination/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err264];
                            } else {
                              vErrors.push(err264);
                            }
                            errors++;
                          }
                        }
                        if (data117.percentage !== void 0) {
                          let data123 = data117.percentage;
                          if (data123 && typeof data123 == "object" && !Array.isArray(data123)) {
                            for (const key38 in data123) {
                              if (!(key38 === "value")) {
                                const err265 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13 + "/percentage", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/properties/percentage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err265];
                                } else {
                                  vErrors.push(err265);
                                }
                                errors++;
                              }
                            }
                            if (data123.value !== void 0) {
                              let data124 = data123.value;
                              if (typeof data124 == "number" && isFinite(data124)) {
                                if (!formats14.validate(data124)) {
                                  const err266 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13 + "/percentage/value", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/properties/percentage/properties/value/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"' };
                                  if (vErrors === null) {
                                    vErrors = [err266];
                                  } else {
                                    vErrors.push(err266);
                                  }
                                  errors++;
                                }
                              } else {
                                const err267 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13 + "/percentage/value", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/properties/percentage/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                  vErrors = [err267];
                                } else {
                                  vErrors.push(err267);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err268 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13 + "/percentage", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/properties/percentage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err268];
                            } else {
                              vErrors.push(err268);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err269 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors/" + i13, schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err269];
                        } else {
                          vErrors.push(err269);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err270 = { instancePath: instancePath + "/spec/http/" + i3 + "/mirrors", schemaPath: "#/properties/spec/properties/http/items/properties/mirrors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err270];
                    } else {
                      vErrors.push(err270);
                    }
                    errors++;
                  }
                }
                if (data11.name !== void 0) {
                  if (typeof data11.name !== "string") {
                    const err271 = { instancePath: instancePath + "/spec/http/" + i3 + "/name", schemaPath: "#/properties/spec/properties/http/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err271];
                    } else {
                      vErrors.push(err271);
                    }
                    errors++;
                  }
                }
                if (data11.redirect !== void 0) {
                  let data126 = data11.redirect;
                  const _errs413 = errors;
                  let valid100 = false;
                  let passing11 = null;
                  const _errs414 = errors;
                  const _errs415 = errors;
                  const _errs416 = errors;
                  const _errs417 = errors;
                  let valid102 = false;
                  const _errs418 = errors;
                  if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                    let missing31;
                    if (data126.port === void 0 && (missing31 = "port")) {
                      const err272 = {};
                      if (vErrors === null) {
                        vErrors = [err272];
                      } else {
                        vErrors.push(err272);
                      }
                      errors++;
                    }
                  }
                  var _valid23 = _errs418 === errors;
                  valid102 = valid102 || _valid23;
                  if (!valid102) {
                    const _errs419 = errors;
                    if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                      let missing32;
                      if (data126.derivePort === void 0 && (missing32 = "derivePort")) {
                        const err273 = {};
                        if (vErrors === null) {
                          vErrors = [err273];
                        } else {
                          vErrors.push(err273);
                        }
                        errors++;
                      }
                    }
                    var _valid23 = _errs419 === errors;
                    valid102 = valid102 || _valid23;
                  }
                  if (!valid102) {
                    const err274 = {};
                    if (vErrors === null) {
                      vErrors = [err274];
                    } else {
                      vErrors.push(err274);
                    }
                    errors++;
                  } else {
                    errors = _errs417;
                    if (vErrors !== null) {
                      if (_errs417) {
                        vErrors.length = _errs417;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid101 = _errs416 === errors;
                  if (valid101) {
                    const err275 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                    if (vErrors === null) {
                      vErrors = [err275];
                    } else {
                      vErrors.push(err275);
                    }
                    errors++;
                  } else {
                    errors = _errs415;
                    if (vErrors !== null) {
                      if (_errs415) {
                        vErrors.length = _errs415;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var _valid22 = _errs414 === errors;
                  if (_valid22) {
                    valid100 = true;
                    passing11 = 0;
                  }
                  const _errs420 = errors;
                  if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                    if (data126.port === void 0) {
                      const err276 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/oneOf/1/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
                      if (vErrors === null) {
                        vErrors = [err276];
                      } else {
                        vErrors.push(err276);
                      }
                      errors++;
                    }
                  }
                  var _valid22 = _errs420 === errors;
                  if (_valid22 && valid100) {
                    valid100 = false;
                    passing11 = [passing11, 1];
                  } else {
                    if (_valid22) {
                      valid100 = true;
                      passing11 = 1;
                    }
                    const _errs421 = errors;
                    if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                      if (data126.derivePort === void 0) {
                        const err277 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/oneOf/2/required", keyword: "required", params: { missingProperty: "derivePort" }, message: "must have required property 'derivePort'" };
                        if (vErrors === null) {
                          vErrors = [err277];
                        } else {
                          vErrors.push(err277);
                        }
                        errors++;
                      }
                    }
                    var _valid22 = _errs421 === errors;
                    if (_valid22 && valid100) {
                      valid100 = false;
                      passing11 = [passing11, 2];
                    } else {
                      if (_valid22) {
                        valid100 = true;
                        passing11 = 2;
                      }
                    }
                  }
                  if (!valid100) {
                    const err278 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                      vErrors = [err278];
                    } else {
                      vErrors.push(err278);
                    }
                    errors++;
                  } else {
                    errors = _errs413;
                    if (vErrors !== null) {
                      if (_errs413) {
                        vErrors.length = _errs413;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                    for (const key39 in data126) {
                      if (!(key39 === "authority" || key39 === "derivePort" || key39 === "port" || key39 === "redirectCode" || key39 === "scheme" || key39 === "uri")) {
                        const err279 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err279];
                        } else {
                          vErrors.push(err279);
                        }
                        errors++;
                      }
                    }
                    if (data126.authority !== void 0) {
                      if (typeof data126.authority !== "string") {
                        const err280 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect/authority", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/properties/authority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err280];
                        } else {
                          vErrors.push(err280);
                        }
                        errors++;
                      }
                    }
                    if (data126.derivePort !== void 0) {
                      let data128 = data126.derivePort;
                      if (typeof data128 !== "string") {
                        const err281 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect/derivePort", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/properties/derivePort/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err281];
                        } else {
                          vErrors.push(err281);
                        }
                        errors++;
                      }
                      if (!(data128 === "FROM_PROTOCOL_DEFAULT" || data128 === "FROM_REQUEST_PORT")) {
                        const err282 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect/derivePort", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/properties/derivePort/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.http.items.properties.redirect.properties.derivePort.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err282];
                        } else {
                          vErrors.push(err282);
                        }
                        errors++;
                      }
                    }
                    if (data126.port !== void 0) {
                      let data129 = data126.port;
                      if (!(typeof data129 == "number" && (!(data129 % 1) && !isNaN(data129)) && isFinite(data129))) {
                        const err283 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect/port", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err283];
                        } else {
                          vErrors.push(err283);
                        }
                        errors++;
                      }
                      if (typeof data129 == "number" && isFinite(data129)) {
                        if (data129 > 4294967295 || isNaN(data129)) {
                          const err284 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect/port", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                          if (vErrors === null) {
                            vErrors = [err284];
                          } else {
                            vErrors.push(err284);
                          }
                          errors++;
                        }
                        if (data129 < 0 || isNaN(data129)) {
                          const err285 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect/port", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err285];
                          } else {
                            vErrors.push(err285);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data126.redirectCode !== void 0) {
                      let data130 = data126.redirectCode;
                      if (!(typeof data130 == "number" && (!(data130 % 1) && !isNaN(data130)) && isFinite(data130))) {
                        const err286 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect/redirectCode", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/properties/redirectCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err286];
                        } else {
                          vErrors.push(err286);
                        }
                        errors++;
                      }
                      if (typeof data130 == "number" && isFinite(data130)) {
                        if (data130 > 4294967295 || isNaN(data130)) {
                          const err287 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect/redirectCode", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/properties/redirectCode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                          if (vErrors === null) {
                            vErrors = [err287];
                          } else {
                            vErrors.push(err287);
                          }
                          errors++;
                        }
                        if (data130 < 0 || isNaN(data130)) {
                          const err288 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect/redirectCode", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/properties/redirectCode/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err288];
                          } else {
                            vErrors.push(err288);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data126.scheme !== void 0) {
                      if (typeof data126.scheme !== "string") {
                        const err289 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect/scheme", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/properties/scheme/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err289];
                        } else {
                          vErrors.push(err289);
                        }
                        errors++;
                      }
                    }
                    if (data126.uri !== void 0) {
                      if (typeof data126.uri !== "string") {
                        const err290 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect/uri", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err290];
                        } else {
                          vErrors.push(err290);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err291 = { instancePath: instancePath + "/spec/http/" + i3 + "/redirect", schemaPath: "#/properties/spec/properties/http/items/properties/redirect/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err291];
                    } else {
                      vErrors.push(err291);
                    }
                    errors++;
                  }
                }
                if (data11.retries !== void 0) {
                  let data133 = data11.retries;
                  if (data133 && typeof data133 == "object" && !Array.isArray(data133)) {
                    for (const key40 in data133) {
                      if (!(key40 === "attempts" || key40 === "backoff" || key40 === "perTryTimeout" || key40 === "retryIgnorePreviousHosts" || key40 === "retryOn" || key40 === "retryRemoteLocalities")) {
                        const err292 = { instancePath: instancePath + "/spec/http/" + i3 + "/retries", schemaPath: "#/properties/spec/properties/http/items/properties/retries/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err292];
                        } else {
                          vErrors.push(err292);
                        }
                        errors++;
                      }
                    }
                    if (data133.attempts !== void 0) {
                      let data134 = data133.attempts;
                      if (!(typeof data134 == "number" && (!(data134 % 1) && !isNaN(data134)) && isFinite(data134))) {
                        const err293 = { instancePath: instancePath + "/spec/http/" + i3 + "/retries/attempts", schemaPath: "#/properties/spec/properties/http/items/properties/retries/properties/attempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err293];
                        } else {
                          vErrors.push(err293);
                        }
                        errors++;
                      }
                      if (typeof data134 == "number" && isFinite(data134)) {
                        if (!formats12.validate(data134)) {
                          const err294 = { instancePath: instancePath + "/spec/http/" + i3 + "/retries/attempts", schemaPath: "#/properties/spec/properties/http/items/properties/retries/properties/attempts/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                          if (vErrors === null) {
                            vErrors = [err294];
                          } else {
                            vErrors.push(err294);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data133.backoff !== void 0) {
                      if (typeof data133.backoff !== "string") {
                        const err295 = { instancePath: instancePath + "/spec/http/" + i3 + "/retries/backoff", schemaPath: "#/properties/spec/properties/http/items/properties/retries/properties/backoff/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err295];
                        } else {
                          vErrors.push(err295);
                        }
                        errors++;
                      }
                    }
                    if (data133.perTryTimeout !== void 0) {
                      if (typeof data133.perTryTimeout !== "string") {
                        const err296 = { instancePath: instancePath + "/spec/http/" + i3 + "/retries/perTryTimeout", schemaPath: "#/properties/spec/properties/http/items/properties/retries/properties/perTryTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err296];
                        } else {
                          vErrors.push(err296);
                        }
                        errors++;
                      }
                    }
                    if (data133.retryIgnorePreviousHosts !== void 0) {
                      let data137 = data133.retryIgnorePreviousHosts;
                      if (typeof data137 !== "boolean" && data137 !== null) {
                        const err297 = { instancePath: instancePath + "/spec/http/" + i3 + "/retries/retryIgnorePreviousHosts", schemaPath: "#/properties/spec/properties/http/items/properties/retries/properties/retryIgnorePreviousHosts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err297];
                        } else {
                          vErrors.push(err297);
                        }
                        errors++;
                      }
                    }
                    if (data133.retryOn !== void 0) {
                      if (typeof data133.retryOn !== "string") {
                        const err298 = { instancePath: instancePath + "/spec/http/" + i3 + "/retries/retryOn", schemaPath: "#/properties/spec/properties/http/items/properties/retries/properties/retryOn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err298];
                        } else {
                          vErrors.push(err298);
                        }
                        errors++;
                      }
                    }
                    if (data133.retryRemoteLocalities !== void 0) {
                      let data139 = data133.retryRemoteLocalities;
                      if (typeof data139 !== "boolean" && data139 !== null) {
                        const err299 = { instancePath: instancePath + "/spec/http/" + i3 + "/retries/retryRemoteLocalities", schemaPath: "#/properties/spec/properties/http/items/properties/retries/properties/retryRemoteLocalities/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err299];
                        } else {
                          vErrors.push(err299);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err300 = { instancePath: instancePath + "/spec/http/" + i3 + "/retries", schemaPath: "#/properties/spec/properties/http/items/properties/retries/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err300];
                    } else {
                      vErrors.push(err300);
                    }
                    errors++;
                  }
                }
                if (data11.rewrite !== void 0) {
                  let data140 = data11.rewrite;
                  if (data140 && typeof data140 == "object" && !Array.isArray(data140)) {
                    for (const key41 in data140) {
                      if (!(key41 === "authority" || key41 === "uri" || key41 === "uriRegexRewrite")) {
                        const err301 = { instancePath: instancePath + "/spec/http/" + i3 + "/rewrite", schemaPath: "#/properties/spec/properties/http/items/properties/rewrite/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err301];
                        } else {
                          vErrors.push(err301);
                        }
                        errors++;
                      }
                    }
                    if (data140.authority !== void 0) {
                      if (typeof data140.authority !== "string") {
                        const err302 = { instancePath: instancePath + "/spec/http/" + i3 + "/rewrite/authority", schemaPath: "#/properties/spec/properties/http/items/properties/rewrite/properties/authority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err302];
                        } else {
                          vErrors.push(err302);
                        }
                        errors++;
                      }
                    }
                    if (data140.uri !== void 0) {
                      if (typeof data140.uri !== "string") {
                        const err303 = { instancePath: instancePath + "/spec/http/" + i3 + "/rewrite/uri", schemaPath: "#/properties/spec/properties/http/items/properties/rewrite/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err303];
                        } else {
                          vErrors.push(err303);
                        }
                        errors++;
                      }
                    }
                    if (data140.uriRegexRewrite !== void 0) {
                      let data143 = data140.uriRegexRewrite;
                      if (data143 && typeof data143 == "object" && !Array.isArray(data143)) {
                        for (const key42 in data143) {
                          if (!(key42 === "match" || key42 === "rewrite")) {
                            const err304 = { instancePath: instancePath + "/spec/http/" + i3 + "/rewrite/uriRegexRewrite", schemaPath: "#/properties/spec/properties/http/items/properties/rewrite/properties/uriRegexRewrite/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err304];
                            } else {
                              vErrors.push(err304);
                            }
                            errors++;
                          }
                        }
                        if (data143.match !== void 0) {
                          if (typeof data143.match !== "string") {
                            const err305 = { instancePath: instancePath + "/spec/http/" + i3 + "/rewrite/uriRegexRewrite/match", schemaPath: "#/properties/spec/properties/http/items/properties/rewrite/properties/uriRegexRewrite/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err305];
                            } else {
                              vErrors.push(err305);
                            }
                            errors++;
                          }
                        }
                        if (data143.rewrite !== void 0) {
                          if (typeof data143.rewrite !== "string") {
                            const err306 = { instancePath: instancePath + "/spec/http/" + i3 + "/rewrite/uriRegexRewrite/rewrite", schemaPath: "#/properties/spec/properties/http/items/properties/rewrite/properties/uriRegexRewrite/properties/rewrite/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err306];
                            } else {
                              vErrors.push(err306);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err307 = { instancePath: instancePath + "/spec/http/" + i3 + "/rewrite/uriRegexRewrite", schemaPath: "#/properties/spec/properties/http/items/properties/rewrite/properties/uriRegexRewrite/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err307];
                        } else {
                          vErrors.push(err307);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err308 = { instancePath: instancePath + "/spec/http/" + i3 + "/rewrite", schemaPath: "#/properties/spec/properties/http/items/properties/rewrite/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err308];
                    } else {
                      vErrors.push(err308);
                    }
                    errors++;
                  }
                }
                if (data11.route !== void 0) {
                  let data146 = data11.route;
                  if (Array.isArray(data146)) {
                    const len14 = data146.length;
                    for (let i14 = 0; i14 < len14; i14++) {
                      let data147 = data146[i14];
                      if (data147 && typeof data147 == "object" && !Array.isArray(data147)) {
                        if (data147.destination === void 0) {
                          const err309 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14, schemaPath: "#/properties/spec/properties/http/items/properties/route/items/required", keyword: "required", params: { missingProperty: "destination" }, message: "must have required property 'destination'" };
                          if (vErrors === null) {
                            vErrors = [err309];
                          } else {
                            vErrors.push(err309);
                          }
                          errors++;
                        }
                        for (const key43 in data147) {
                          if (!(key43 === "destination" || key43 === "headers" || key43 === "weight")) {
                            const err310 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14, schemaPath: "#/properties/spec/properties/http/items/properties/route/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err310];
                            } else {
                              vErrors.push(err310);
                            }
                            errors++;
                          }
                        }
                        if (data147.destination !== void 0) {
                          let data148 = data147.destination;
                          if (data148 && typeof data148 == "object" && !Array.isArray(data148)) {
                            if (data148.host === void 0) {
                              const err311 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/destination", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/destination/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'" };
                              if (vErrors === null) {
                                vErrors = [err311];
                              } else {
                                vErrors.push(err311);
                              }
                              errors++;
                            }
                            for (const key44 in data148) {
                              if (!(key44 === "host" || key44 === "port" || key44 === "subset")) {
                                const err312 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/destination", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/destination/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err312];
                                } else {
                                  vErrors.push(err312);
                                }
                                errors++;
                              }
                            }
                            if (data148.host !== void 0) {
                              if (typeof data148.host !== "string") {
                                const err313 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/destination/host", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/destination/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err313];
                                } else {
                                  vErrors.push(err313);
                                }
                                errors++;
                              }
                            }
                            if (data148.port !== void 0) {
                              let data150 = data148.port;
                              if (data150 && typeof data150 == "object" && !Array.isArray(data150)) {
                                for (const key45 in data150) {
                                  if (!(key45 === "number")) {
                                    const err314 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/destination/port", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/destination/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err314];
                                    } else {
                                      vErrors.push(err314);
                                    }
                                    errors++;
                                  }
                                }
                                if (data150.number !== void 0) {
                                  let data151 = data150.number;
                                  if (!(typeof data151 == "number" && (!(data151 % 1) && !isNaN(data151)) && isFinite(data151))) {
                                    const err315 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/destination/port/number", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/destination/properties/port/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err315];
                                    } else {
                                      vErrors.push(err315);
                                    }
                                    errors++;
                                  }
                                  if (typeof data151 == "number" && isFinite(data151)) {
                                    if (data151 > 4294967295 || isNaN(data151)) {
                                      const err316 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/destination/port/number", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/destination/properties/port/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                      if (vErrors === null) {
                                        vErrors = [err316];
                                      } else {
                                        vErrors.push(err316);
                                      }
                                      errors++;
                                    }
                                    if (data151 < 0 || isNaN(data151)) {
                                      const err317 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/destination/port/number", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/destination/properties/port/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err317];
                                      } else {
                                        vErrors.push(err317);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                              } else {
                                const err318 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/destination/port", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/destination/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err318];
                                } else {
                                  vErrors.push(err318);
                                }
                                errors++;
                              }
                            }
                            if (data148.subset !== void 0) {
                              if (typeof data148.subset !== "string") {
                                const err319 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/destination/subset", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/destination/properties/subset/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err319];
                                } else {
                                  vErrors.push(err319);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err320 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/destination", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/destination/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err320];
                            } else {
                              vErrors.push(err320);
                            }
                            errors++;
                          }
                        }
                        if (data147.headers !== void 0) {
                          let data153 = data147.headers;
                          if (data153 && typeof data153 == "object" && !Array.isArray(data153)) {
                            for (const key46 in data153) {
                              if (!(key46 === "request" || key46 === "response")) {
                                const err321 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err321];
                                } else {
                                  vErrors.push(err321);
                                }
                                errors++;
                              }
                            }
                            if (data153.request !== void 0) {
                              let data154 = data153.request;
                              if (data154 && typeof data154 == "object" && !Array.isArray(data154)) {
                                for (const key47 in data154) {
                                  if (!(key47 === "add" || key47 === "remove" || key47 === "set")) {
                                    const err322 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/request", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/request/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key47 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err322];
                                    } else {
                                      vErrors.push(err322);
                                    }
                                    errors++;
                                  }
                                }
                                if (data154.add !== void 0) {
                                  let data155 = data154.add;
                                  if (data155 && typeof data155 == "object" && !Array.isArray(data155)) {
                                    for (const key48 in data155) {
                                      if (typeof data155[key48] !== "string") {
                                        const err323 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/request/add/" + key48.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/request/properties/add/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err323];
                                        } else {
                                          vErrors.push(err323);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err324 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/request/add", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/request/properties/add/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err324];
                                    } else {
                                      vErrors.push(err324);
                                    }
                                    errors++;
                                  }
                                }
                                if (data154.remove !== void 0) {
                                  let data157 = data154.remove;
                                  if (Array.isArray(data157)) {
                                    const len15 = data157.length;
                                    for (let i15 = 0; i15 < len15; i15++) {
                                      if (typeof data157[i15] !== "string") {
                                        const err325 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/request/remove/" + i15, schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/request/properties/remove/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err325];
                                        } else {
                                          vErrors.push(err325);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err326 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/request/remove", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/request/properties/remove/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err326];
                                    } else {
                                      vErrors.push(err326);
                                    }
                                    errors++;
                                  }
                                }
                                if (data154.set !== void 0) {
                                  let data159 = data154.set;
                                  if (data159 && typeof data159 == "object" && !Array.isArray(data159)) {
                                    for (const key49 in data159) {
                                      if (typeof data159[key49] !== "string") {
                                        const err327 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/request/set/" + key49.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/request/properties/set/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err327];
                                        } else {
                                          vErrors.push(err327);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err328 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/request/set", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/request/properties/set/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err328];
                                    } else {
                                      vErrors.push(err328);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err329 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/request", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/request/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err329];
                                } else {
                                  vErrors.push(err329);
                                }
                                errors++;
                              }
                            }
                            if (data153.response !== void 0) {
                              let data161 = data153.response;
                              if (data161 && typeof data161 == "object" && !Array.isArray(data161)) {
                                for (const key50 in data161) {
                                  if (!(key50 === "add" || key50 === "remove" || key50 === "set")) {
                                    const err330 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/response", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/response/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key50 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err330];
                                    } else {
                                      vErrors.push(err330);
                                    }
                                    errors++;
                                  }
                                }
                                if (data161.add !== void 0) {
                                  let data162 = data161.add;
                                  if (data162 && typeof data162 == "object" && !Array.isArray(data162)) {
                                    for (const key51 in data162) {
                                      if (typeof data162[key51] !== "string") {
                                        const err331 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/response/add/" + key51.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/response/properties/add/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err331];
                                        } else {
                                          vErrors.push(err331);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err332 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/response/add", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/response/properties/add/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err332];
                                    } else {
                                      vErrors.push(err332);
                                    }
                                    errors++;
                                  }
                                }
                                if (data161.remove !== void 0) {
                                  let data164 = data161.remove;
                                  if (Array.isArray(data164)) {
                                    const len16 = data164.length;
                                    for (let i16 = 0; i16 < len16; i16++) {
                                      if (typeof data164[i16] !== "string") {
                                        const err333 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/response/remove/" + i16, schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/response/properties/remove/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err333];
                                        } else {
                                          vErrors.push(err333);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err334 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/response/remove", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/response/properties/remove/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err334];
                                    } else {
                                      vErrors.push(err334);
                                    }
                                    errors++;
                                  }
                                }
                                if (data161.set !== void 0) {
                                  let data166 = data161.set;
                                  if (data166 && typeof data166 == "object" && !Array.isArray(data166)) {
                                    for (const key52 in data166) {
                                      if (typeof data166[key52] !== "string") {
                                        const err335 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/response/set/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/response/properties/set/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err335];
                                        } else {
                                          vErrors.push(err335);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err336 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/response/set", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/response/properties/set/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err336];
                                    } else {
                                      vErrors.push(err336);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err337 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers/response", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err337];
                                } else {
                                  vErrors.push(err337);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err338 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/headers", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err338];
                            } else {
                              vErrors.push(err338);
                            }
                            errors++;
                          }
                        }
                        if (data147.weight !== void 0) {
                          let data168 = data147.weight;
                          if (!(typeof data168 == "number" && (!(data168 % 1) && !isNaN(data168)) && isFinite(data168))) {
                            const err339 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/weight", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err339];
                            } else {
                              vErrors.push(err339);
                            }
                            errors++;
                          }
                          if (typeof data168 == "number" && isFinite(data168)) {
                            if (!formats12.validate(data168)) {
                              const err340 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14 + "/weight", schemaPath: "#/properties/spec/properties/http/items/properties/route/items/properties/weight/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err340];
                              } else {
                                vErrors.push(err340);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err341 = { instancePath: instancePath + "/spec/http/" + i3 + "/route/" + i14, schemaPath: "#/properties/spec/properties/http/items/properties/route/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err341];
                        } else {
                          vErrors.push(err341);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err342 = { instancePath: instancePath + "/spec/http/" + i3 + "/route", schemaPath: "#/properties/spec/properties/http/items/properties/route/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err342];
                    } else {
                      vErrors.push(err342);
                    }
                    errors++;
                  }
                }
                if (data11.timeout !== void 0) {
                  if (typeof data11.timeout !== "string") {
                    const err343 = { instancePath: instancePath + "/spec/http/" + i3 + "/timeout", schemaPath: "#/properties/spec/properties/http/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err343];
                    } else {
                      vErrors.push(err343);
                    }
                    errors++;
                  }
                }
              } else {
                const err344 = { instancePath: instancePath + "/spec/http/" + i3, schemaPath: "#/properties/spec/properties/http/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err344];
                } else {
                  vErrors.push(err344);
                }
                errors++;
              }
            }
          } else {
            const err345 = { instancePath: instancePath + "/spec/http", schemaPath: "#/properties/spec/properties/http/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err345];
            } else {
              vErrors.push(err345);
            }
            errors++;
          }
        }
        if (data3.tcp !== void 0) {
          let data170 = data3.tcp;
          if (Array.isArray(data170)) {
            const len17 = data170.length;
            for (let i17 = 0; i17 < len17; i17++) {
              let data171 = data170[i17];
              if (data171 && typeof data171 == "object" && !Array.isArray(data171)) {
                for (const key53 in data171) {
                  if (!(key53 === "match" || key53 === "route")) {
                    const err346 = { instancePath: instancePath + "/spec/tcp/" + i17, schemaPath: "#/properties/spec/properties/tcp/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err346];
                    } else {
                      vErrors.push(err346);
                    }
                    errors++;
                  }
                }
                if (data171.match !== void 0) {
                  let data172 = data171.match;
                  if (Array.isArray(data172)) {
                    const len18 = data172.length;
                    for (let i18 = 0; i18 < len18; i18++) {
                      let data173 = data172[i18];
                      if (data173 && typeof data173 == "object" && !Array.isArray(data173)) {
                        for (const key54 in data173) {
                          if (!(key54 === "destinationSubnets" || key54 === "gateways" || key54 === "port" || key54 === "sourceLabels" || key54 === "sourceNamespace" || key54 === "sourceSubnet")) {
                            const err347 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/match/" + i18, schemaPath: "#/properties/spec/properties/tcp/items/properties/match/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key54 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err347];
                            } else {
                              vErrors.push(err347);
                            }
                            errors++;
                          }
                        }
                        if (data173.destinationSubnets !== void 0) {
                          let data174 = data173.destinationSubnets;
                          if (Array.isArray(data174)) {
                            const len19 = data174.length;
                            for (let i19 = 0; i19 < len19; i19++) {
                              if (typeof data174[i19] !== "string") {
                                const err348 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/match/" + i18 + "/destinationSubnets/" + i19, schemaPath: "#/properties/spec/properties/tcp/items/properties/match/items/properties/destinationSubnets/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err348];
                                } else {
                                  vErrors.push(err348);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err349 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/match/" + i18 + "/destinationSubnets", schemaPath: "#/properties/spec/properties/tcp/items/properties/match/items/properties/destinationSubnets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err349];
                            } else {
                              vErrors.push(err349);
                            }
                            errors++;
                          }
                        }
                        if (data173.gateways !== void 0) {
                          let data176 = data173.gateways;
                          if (Array.isArray(data176)) {
                            const len20 = data176.length;
                            for (let i20 = 0; i20 < len20; i20++) {
                              if (typeof data176[i20] !== "string") {
                                const err350 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/match/" + i18 + "/gateways/" + i20, schemaPath: "#/properties/spec/properties/tcp/items/properties/match/items/properties/gateways/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err350];
                                } else {
                                  vErrors.push(err350);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err351 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/match/" + i18 + "/gateways", schemaPath: "#/properties/spec/properties/tcp/items/properties/match/items/properties/gateways/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err351];
                            } else {
                              vErrors.push(err351);
                            }
                            errors++;
                          }
                        }
                        if (data173.port !== void 0) {
                          let data178 = data173.port;
                          if (!(typeof data178 == "number" && (!(data178 % 1) && !isNaN(data178)) && isFinite(data178))) {
                            const err352 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/match/" + i18 + "/port", schemaPath: "#/properties/spec/properties/tcp/items/properties/match/items/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err352];
                            } else {
                              vErrors.push(err352);
                            }
                            errors++;
                          }
                          if (typeof data178 == "number" && isFinite(data178)) {
                            if (data178 > 4294967295 || isNaN(data178)) {
                              const err353 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/match/" + i18 + "/port", schemaPath: "#/properties/spec/properties/tcp/items/properties/match/items/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                              if (vErrors === null) {
                                vErrors = [err353];
                              } else {
                                vErrors.push(err353);
                              }
                              errors++;
                            }
                            if (data178 < 0 || isNaN(data178)) {
                              const err354 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/match/" + i18 + "/port", schemaPath: "#/properties/spec/properties/tcp/items/properties/match/items/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err354];
                              } else {
                                vErrors.push(err354);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data173.sourceLabels !== void 0) {
                          let data179 = data173.sourceLabels;
                          if (data179 && typeof data179 == "object" && !Array.isArray(data179)) {
                            for (const key55 in data179) {
                              if (typeof data179[key55] !== "string") {
                                const err355 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/match/" + i18 + "/sourceLabels/" + key55.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/tcp/items/properties/match/items/properties/sourceLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err355];
                                } else {
                                  vErrors.push(err355);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err356 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/match/" + i18 + "/sourceLabels", schemaPath: "#/properties/spec/properties/tcp/items/properties/match/items/properties/sourceLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err356];
                            } else {
                              vErrors.push(err356);
                            }
                            errors++;
                          }
                        }
                        if (data173.sourceNamespace !== void 0) {
                          if (typeof data173.sourceNamespace !== "string") {
                            const err357 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/match/" + i18 + "/sourceNamespace", schemaPath: "#/properties/spec/properties/tcp/items/properties/match/items/properties/sourceNamespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err357];
                            } else {
                              vErrors.push(err357);
                            }
                            errors++;
                          }
                        }
                        if (data173.sourceSubnet !== void 0) {
                          if (typeof data173.sourceSubnet !== "string") {
                            const err358 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/match/" + i18 + "/sourceSubnet", schemaPath: "#/properties/spec/properties/tcp/items/properties/match/items/properties/sourceSubnet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err358];
                            } else {
                              vErrors.push(err358);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err359 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/match/" + i18, schemaPath: "#/properties/spec/properties/tcp/items/properties/match/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err359];
                        } else {
                          vErrors.push(err359);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err360 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/match", schemaPath: "#/properties/spec/properties/tcp/items/properties/match/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err360];
                    } else {
                      vErrors.push(err360);
                    }
                    errors++;
                  }
                }
                if (data171.route !== void 0) {
                  let data183 = data171.route;
                  if (Array.isArray(data183)) {
                    const len21 = data183.length;
                    for (let i21 = 0; i21 < len21; i21++) {
                      let data184 = data183[i21];
                      if (data184 && typeof data184 == "object" && !Array.isArray(data184)) {
                        if (data184.destination === void 0) {
                          const err361 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21, schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/required", keyword: "required", params: { missingProperty: "destination" }, message: "must have required property 'destination'" };
                          if (vErrors === null) {
                            vErrors = [err361];
                          } else {
                            vErrors.push(err361);
                          }
                          errors++;
                        }
                        for (const key56 in data184) {
                          if (!(key56 === "destination" || key56 === "weight")) {
                            const err362 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21, schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key56 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err362];
                            } else {
                              vErrors.push(err362);
                            }
                            errors++;
                          }
                        }
                        if (data184.destination !== void 0) {
                          let data185 = data184.destination;
                          if (data185 && typeof data185 == "object" && !Array.isArray(data185)) {
                            if (data185.host === void 0) {
                              const err363 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21 + "/destination", schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/properties/destination/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'" };
                              if (vErrors === null) {
                                vErrors = [err363];
                              } else {
                                vErrors.push(err363);
                              }
                              errors++;
                            }
                            for (const key57 in data185) {
                              if (!(key57 === "host" || key57 === "port" || key57 === "subset")) {
                                const err364 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21 + "/destination", schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/properties/destination/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key57 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err364];
                                } else {
                                  vErrors.push(err364);
                                }
                                errors++;
                              }
                            }
                            if (data185.host !== void 0) {
                              if (typeof data185.host !== "string") {
                                const err365 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21 + "/destination/host", schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/properties/destination/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err365];
                                } else {
                                  vErrors.push(err365);
                                }
                                errors++;
                              }
                            }
                            if (data185.port !== void 0) {
                              let data187 = data185.port;
                              if (data187 && typeof data187 == "object" && !Array.isArray(data187)) {
                                for (const key58 in data187) {
                                  if (!(key58 === "number")) {
                                    const err366 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21 + "/destination/port", schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/properties/destination/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key58 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err366];
                                    } else {
                                      vErrors.push(err366);
                                    }
                                    errors++;
                                  }
                                }
                                if (data187.number !== void 0) {
                                  let data188 = data187.number;
                                  if (!(typeof data188 == "number" && (!(data188 % 1) && !isNaN(data188)) && isFinite(data188))) {
                                    const err367 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21 + "/destination/port/number", schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/properties/destination/properties/port/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err367];
                                    } else {
                                      vErrors.push(err367);
                                    }
                                    errors++;
                                  }
                                  if (typeof data188 == "number" && isFinite(data188)) {
                                    if (data188 > 4294967295 || isNaN(data188)) {
                                      const err368 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21 + "/destination/port/number", schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/properties/destination/properties/port/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                      if (vErrors === null) {
                                        vErrors = [err368];
                                      } else {
                                        vErrors.push(err368);
                                      }
                                      errors++;
                                    }
                                    if (data188 < 0 || isNaN(data188)) {
                                      const err369 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21 + "/destination/port/number", schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/properties/destination/properties/port/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err369];
                                      } else {
                                        vErrors.push(err369);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                              } else {
                                const err370 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21 + "/destination/port", schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/properties/destination/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err370];
                                } else {
                                  vErrors.push(err370);
                                }
                                errors++;
                              }
                            }
                            if (data185.subset !== void 0) {
                              if (typeof data185.subset !== "string") {
                                const err371 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21 + "/destination/subset", schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/properties/destination/properties/subset/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err371];
                                } else {
                                  vErrors.push(err371);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err372 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21 + "/destination", schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/properties/destination/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err372];
                            } else {
                              vErrors.push(err372);
                            }
                            errors++;
                          }
                        }
                        if (data184.weight !== void 0) {
                          let data190 = data184.weight;
                          if (!(typeof data190 == "number" && (!(data190 % 1) && !isNaN(data190)) && isFinite(data190))) {
                            const err373 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21 + "/weight", schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err373];
                            } else {
                              vErrors.push(err373);
                            }
                            errors++;
                          }
                          if (typeof data190 == "number" && isFinite(data190)) {
                            if (!formats12.validate(data190)) {
                              const err374 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21 + "/weight", schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/properties/weight/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err374];
                              } else {
                                vErrors.push(err374);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err375 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route/" + i21, schemaPath: "#/properties/spec/properties/tcp/items/properties/route/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err375];
                        } else {
                          vErrors.push(err375);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err376 = { instancePath: instancePath + "/spec/tcp/" + i17 + "/route", schemaPath: "#/properties/spec/properties/tcp/items/properties/route/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err376];
                    } else {
                      vErrors.push(err376);
                    }
                    errors++;
                  }
                }
              } else {
                const err377 = { instancePath: instancePath + "/spec/tcp/" + i17, schemaPath: "#/properties/spec/properties/tcp/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err377];
                } else {
                  vErrors.push(err377);
                }
                errors++;
              }
            }
          } else {
            const err378 = { instancePath: instancePath + "/spec/tcp", schemaPath: "#/properties/spec/properties/tcp/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err378];
            } else {
              vErrors.push(err378);
            }
            errors++;
          }
        }
        if (data3.tls !== void 0) {
          let data191 = data3.tls;
          if (Array.isArray(data191)) {
            const len22 = data191.length;
            for (let i22 = 0; i22 < len22; i22++) {
              let data192 = data191[i22];
              if (data192 && typeof data192 == "object" && !Array.isArray(data192)) {
                if (data192.match === void 0) {
                  const err379 = { instancePath: instancePath + "/spec/tls/" + i22, schemaPath: "#/properties/spec/properties/tls/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'" };
                  if (vErrors === null) {
                    vErrors = [err379];
                  } else {
                    vErrors.push(err379);
                  }
                  errors++;
                }
                for (const key59 in data192) {
                  if (!(key59 === "match" || key59 === "route")) {
                    const err380 = { instancePath: instancePath + "/spec/tls/" + i22, schemaPath: "#/properties/spec/properties/tls/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key59 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err380];
                    } else {
                      vErrors.push(err380);
                    }
                    errors++;
                  }
                }
                if (data192.match !== void 0) {
                  let data193 = data192.match;
                  if (Array.isArray(data193)) {
                    const len23 = data193.length;
                    for (let i23 = 0; i23 < len23; i23++) {
                      let data194 = data193[i23];
                      if (data194 && typeof data194 == "object" && !Array.isArray(data194)) {
                        if (data194.sniHosts === void 0) {
                          const err381 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23, schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/required", keyword: "required", params: { missingProperty: "sniHosts" }, message: "must have required property 'sniHosts'" };
                          if (vErrors === null) {
                            vErrors = [err381];
                          } else {
                            vErrors.push(err381);
                          }
                          errors++;
                        }
                        for (const key60 in data194) {
                          if (!(key60 === "destinationSubnets" || key60 === "gateways" || key60 === "port" || key60 === "sniHosts" || key60 === "sourceLabels" || key60 === "sourceNamespace")) {
                            const err382 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23, schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key60 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err382];
                            } else {
                              vErrors.push(err382);
                            }
                            errors++;
                          }
                        }
                        if (data194.destinationSubnets !== void 0) {
                          let data195 = data194.destinationSubnets;
                          if (Array.isArray(data195)) {
                            const len24 = data195.length;
                            for (let i24 = 0; i24 < len24; i24++) {
                              if (typeof data195[i24] !== "string") {
                                const err383 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23 + "/destinationSubnets/" + i24, schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/properties/destinationSubnets/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err383];
                                } else {
                                  vErrors.push(err383);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err384 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23 + "/destinationSubnets", schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/properties/destinationSubnets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err384];
                            } else {
                              vErrors.push(err384);
                            }
                            errors++;
                          }
                        }
                        if (data194.gateways !== void 0) {
                          let data197 = data194.gateways;
                          if (Array.isArray(data197)) {
                            const len25 = data197.length;
                            for (let i25 = 0; i25 < len25; i25++) {
                              if (typeof data197[i25] !== "string") {
                                const err385 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23 + "/gateways/" + i25, schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/properties/gateways/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err385];
                                } else {
                                  vErrors.push(err385);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err386 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23 + "/gateways", schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/properties/gateways/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err386];
                            } else {
                              vErrors.push(err386);
                            }
                            errors++;
                          }
                        }
                        if (data194.port !== void 0) {
                          let data199 = data194.port;
                          if (!(typeof data199 == "number" && (!(data199 % 1) && !isNaN(data199)) && isFinite(data199))) {
                            const err387 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23 + "/port", schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err387];
                            } else {
                              vErrors.push(err387);
                            }
                            errors++;
                          }
                          if (typeof data199 == "number" && isFinite(data199)) {
                            if (data199 > 4294967295 || isNaN(data199)) {
                              const err388 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23 + "/port", schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                              if (vErrors === null) {
                                vErrors = [err388];
                              } else {
                                vErrors.push(err388);
                              }
                              errors++;
                            }
                            if (data199 < 0 || isNaN(data199)) {
                              const err389 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23 + "/port", schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err389];
                              } else {
                                vErrors.push(err389);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data194.sniHosts !== void 0) {
                          let data200 = data194.sniHosts;
                          if (Array.isArray(data200)) {
                            const len26 = data200.length;
                            for (let i26 = 0; i26 < len26; i26++) {
                              if (typeof data200[i26] !== "string") {
                                const err390 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23 + "/sniHosts/" + i26, schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/properties/sniHosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err390];
                                } else {
                                  vErrors.push(err390);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err391 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23 + "/sniHosts", schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/properties/sniHosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err391];
                            } else {
                              vErrors.push(err391);
                            }
                            errors++;
                          }
                        }
                        if (data194.sourceLabels !== void 0) {
                          let data202 = data194.sourceLabels;
                          if (data202 && typeof data202 == "object" && !Array.isArray(data202)) {
                            for (const key61 in data202) {
                              if (typeof data202[key61] !== "string") {
                                const err392 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23 + "/sourceLabels/" + key61.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/properties/sourceLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err392];
                                } else {
                                  vErrors.push(err392);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err393 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23 + "/sourceLabels", schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/properties/sourceLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err393];
                            } else {
                              vErrors.push(err393);
                            }
                            errors++;
                          }
                        }
                        if (data194.sourceNamespace !== void 0) {
                          if (typeof data194.sourceNamespace !== "string") {
                            const err394 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23 + "/sourceNamespace", schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/properties/sourceNamespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err394];
                            } else {
                              vErrors.push(err394);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err395 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match/" + i23, schemaPath: "#/properties/spec/properties/tls/items/properties/match/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err395];
                        } else {
                          vErrors.push(err395);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err396 = { instancePath: instancePath + "/spec/tls/" + i22 + "/match", schemaPath: "#/properties/spec/properties/tls/items/properties/match/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err396];
                    } else {
                      vErrors.push(err396);
                    }
                    errors++;
                  }
                }
                if (data192.route !== void 0) {
                  let data205 = data192.route;
                  if (Array.isArray(data205)) {
                    const len27 = data205.length;
                    for (let i27 = 0; i27 < len27; i27++) {
                      let data206 = data205[i27];
                      if (data206 && typeof data206 == "object" && !Array.isArray(data206)) {
                        if (data206.destination === void 0) {
                          const err397 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27, schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/required", keyword: "required", params: { missingProperty: "destination" }, message: "must have required property 'destination'" };
                          if (vErrors === null) {
                            vErrors = [err397];
                          } else {
                            vErrors.push(err397);
                          }
                          errors++;
                        }
                        for (const key62 in data206) {
                          if (!(key62 === "destination" || key62 === "weight")) {
                            const err398 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27, schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key62 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err398];
                            } else {
                              vErrors.push(err398);
                            }
                            errors++;
                          }
                        }
                        if (data206.destination !== void 0) {
                          let data207 = data206.destination;
                          if (data207 && typeof data207 == "object" && !Array.isArray(data207)) {
                            if (data207.host === void 0) {
                              const err399 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27 + "/destination", schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/properties/destination/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'" };
                              if (vErrors === null) {
                                vErrors = [err399];
                              } else {
                                vErrors.push(err399);
                              }
                              errors++;
                            }
                            for (const key63 in data207) {
                              if (!(key63 === "host" || key63 === "port" || key63 === "subset")) {
                                const err400 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27 + "/destination", schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/properties/destination/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key63 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err400];
                                } else {
                                  vErrors.push(err400);
                                }
                                errors++;
                              }
                            }
                            if (data207.host !== void 0) {
                              if (typeof data207.host !== "string") {
                                const err401 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27 + "/destination/host", schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/properties/destination/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err401];
                                } else {
                                  vErrors.push(err401);
                                }
                                errors++;
                              }
                            }
                            if (data207.port !== void 0) {
                              let data209 = data207.port;
                              if (data209 && typeof data209 == "object" && !Array.isArray(data209)) {
                                for (const key64 in data209) {
                                  if (!(key64 === "number")) {
                                    const err402 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27 + "/destination/port", schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/properties/destination/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key64 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err402];
                                    } else {
                                      vErrors.push(err402);
                                    }
                                    errors++;
                                  }
                                }
                                if (data209.number !== void 0) {
                                  let data210 = data209.number;
                                  if (!(typeof data210 == "number" && (!(data210 % 1) && !isNaN(data210)) && isFinite(data210))) {
                                    const err403 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27 + "/destination/port/number", schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/properties/destination/properties/port/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err403];
                                    } else {
                                      vErrors.push(err403);
                                    }
                                    errors++;
                                  }
                                  if (typeof data210 == "number" && isFinite(data210)) {
                                    if (data210 > 4294967295 || isNaN(data210)) {
                                      const err404 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27 + "/destination/port/number", schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/properties/destination/properties/port/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                      if (vErrors === null) {
                                        vErrors = [err404];
                                      } else {
                                        vErrors.push(err404);
                                      }
                                      errors++;
                                    }
                                    if (data210 < 0 || isNaN(data210)) {
                                      const err405 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27 + "/destination/port/number", schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/properties/destination/properties/port/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err405];
                                      } else {
                                        vErrors.push(err405);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                              } else {
                                const err406 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27 + "/destination/port", schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/properties/destination/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err406];
                                } else {
                                  vErrors.push(err406);
                                }
                                errors++;
                              }
                            }
                            if (data207.subset !== void 0) {
                              if (typeof data207.subset !== "string") {
                                const err407 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27 + "/destination/subset", schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/properties/destination/properties/subset/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err407];
                                } else {
                                  vErrors.push(err407);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err408 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27 + "/destination", schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/properties/destination/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err408];
                            } else {
                              vErrors.push(err408);
                            }
                            errors++;
                          }
                        }
                        if (data206.weight !== void 0) {
                          let data212 = data206.weight;
                          if (!(typeof data212 == "number" && (!(data212 % 1) && !isNaN(data212)) && isFinite(data212))) {
                            const err409 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27 + "/weight", schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err409];
                            } else {
                              vErrors.push(err409);
                            }
                            errors++;
                          }
                          if (typeof data212 == "number" && isFinite(data212)) {
                            if (!formats12.validate(data212)) {
                              const err410 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27 + "/weight", schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/properties/weight/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err410];
                              } else {
                                vErrors.push(err410);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err411 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route/" + i27, schemaPath: "#/properties/spec/properties/tls/items/properties/route/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err411];
                        } else {
                          vErrors.push(err411);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err412 = { instancePath: instancePath + "/spec/tls/" + i22 + "/route", schemaPath: "#/properties/spec/properties/tls/items/properties/route/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err412];
                    } else {
                      vErrors.push(err412);
                    }
                    errors++;
                  }
                }
              } else {
                const err413 = { instancePath: instancePath + "/spec/tls/" + i22, schemaPath: "#/properties/spec/properties/tls/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err413];
                } else {
                  vErrors.push(err413);
                }
                errors++;
              }
            }
          } else {
            const err414 = { instancePath: instancePath + "/spec/tls", schemaPath: "#/properties/spec/properties/tls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err414];
            } else {
              vErrors.push(err414);
            }
            errors++;
          }
        }
      } else {
        const err415 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err415];
        } else {
          vErrors.push(err415);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data213 = data.status;
      if (data213 && typeof data213 == "object" && !Array.isArray(data213)) {
        if (data213.conditions !== void 0) {
          let data214 = data213.conditions;
          if (Array.isArray(data214)) {
            const len28 = data214.length;
            for (let i28 = 0; i28 < len28; i28++) {
              let data215 = data214[i28];
              if (data215 && typeof data215 == "object" && !Array.isArray(data215)) {
                for (const key65 in data215) {
                  if (!(key65 === "lastProbeTime" || key65 === "lastTransitionTime" || key65 === "message" || key65 === "observedGeneration" || key65 === "reason" || key65 === "status" || key65 === "type")) {
                    const err416 = { instancePath: instancePath + "/status/conditions/" + i28, schemaPath: "#/properties/status/properties/conditions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key65 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err416];
                    } else {
                      vErrors.push(err416);
                    }
                    errors++;
                  }
                }
                if (data215.lastProbeTime !== void 0) {
                  let data216 = data215.lastProbeTime;
                  if (typeof data216 === "string") {
                    if (!formats0(data216)) {
                      const err417 = { instancePath: instancePath + "/status/conditions/" + i28 + "/lastProbeTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastProbeTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err417];
                      } else {
                        vErrors.push(err417);
                      }
                      errors++;
                    }
                  } else {
                    const err418 = { instancePath: instancePath + "/status/conditions/" + i28 + "/lastProbeTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastProbeTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err418];
                    } else {
                      vErrors.push(err418);
                    }
                    errors++;
                  }
                }
                if (data215.lastTransitionTime !== void 0) {
                  let data217 = data215.lastTransitionTime;
                  if (typeof data217 === "string") {
                    if (!formats0(data217)) {
                      const err419 = { instancePath: instancePath + "/status/conditions/" + i28 + "/lastTransitionTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastTransitionTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err419];
                      } else {
                        vErrors.push(err419);
                      }
                      errors++;
                    }
                  } else {
                    const err420 = { instancePath: instancePath + "/status/conditions/" + i28 + "/lastTransitionTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastTransitionTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err420];
                    } else {
                      vErrors.push(err420);
                    }
                    errors++;
                  }
                }
                if (data215.message !== void 0) {
                  if (typeof data215.message !== "string") {
                    const err421 = { instancePath: instancePath + "/status/conditions/" + i28 + "/message", schemaPath: "#/properties/status/properties/conditions/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err421];
                    } else {
                      vErrors.push(err421);
                    }
                    errors++;
                  }
                }
                if (data215.observedGeneration !== void 0) {
                  let data219 = data215.observedGeneration;
                  const _errs636 = errors;
                  let valid161 = false;
                  const _errs637 = errors;
                  if (!(typeof data219 == "number" && (!(data219 % 1) && !isNaN(data219)) && isFinite(data219))) {
                    const err422 = { instancePath: instancePath + "/status/conditions/" + i28 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err422];
                    } else {
                      vErrors.push(err422);
                    }
                    errors++;
                  }
                  var _valid24 = _errs637 === errors;
                  valid161 = valid161 || _valid24;
                  if (!valid161) {
                    const _errs639 = errors;
                    if (typeof data219 !== "string") {
                      const err423 = { instancePath: instancePath + "/status/conditions/" + i28 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err423];
                      } else {
                        vErrors.push(err423);
                      }
                      errors++;
                    }
                    var _valid24 = _errs639 === errors;
                    valid161 = valid161 || _valid24;
                  }
                  if (!valid161) {
                    const err424 = { instancePath: instancePath + "/status/conditions/" + i28 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err424];
                    } else {
                      vErrors.push(err424);
                    }
                    errors++;
                  } else {
                    errors = _errs636;
                    if (vErrors !== null) {
                      if (_errs636) {
                        vErrors.length = _errs636;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data215.reason !== void 0) {
                  if (typeof data215.reason !== "string") {
                    const err425 = { instancePath: instancePath + "/status/conditions/" + i28 + "/reason", schemaPath: "#/properties/status/properties/conditions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err425];
                    } else {
                      vErrors.push(err425);
                    }
                    errors++;
                  }
                }
                if (data215.status !== void 0) {
                  if (typeof data215.status !== "string") {
                    const err426 = { instancePath: instancePath + "/status/conditions/" + i28 + "/status", schemaPath: "#/properties/status/properties/conditions/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err426];
                    } else {
                      vErrors.push(err426);
                    }
                    errors++;
                  }
                }
                if (data215.type !== void 0) {
                  if (typeof data215.type !== "string") {
                    const err427 = { instancePath: instancePath + "/status/conditions/" + i28 + "/type", schemaPath: "#/properties/status/properties/conditions/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err427];
                    } else {
                      vErrors.push(err427);
                    }
                    errors++;
                  }
                }
              } else {
                const err428 = { instancePath: instancePath + "/status/conditions/" + i28, schemaPath: "#/properties/status/properties/conditions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err428];
                } else {
                  vErrors.push(err428);
                }
                errors++;
              }
            }
          } else {
            const err429 = { instancePath: instancePath + "/status/conditions", schemaPath: "#/properties/status/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err429];
            } else {
              vErrors.push(err429);
            }
            errors++;
          }
        }
        if (data213.observedGeneration !== void 0) {
          let data223 = data213.observedGeneration;
          const _errs648 = errors;
          let valid162 = false;
          const _errs649 = errors;
          if (!(typeof data223 == "number" && (!(data223 % 1) && !isNaN(data223)) && isFinite(data223))) {
            const err430 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err430];
            } else {
              vErrors.push(err430);
            }
            errors++;
          }
          var _valid25 = _errs649 === errors;
          valid162 = valid162 || _valid25;
          if (!valid162) {
            const _errs651 = errors;
            if (typeof data223 !== "string") {
              const err431 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err431];
              } else {
                vErrors.push(err431);
              }
              errors++;
            }
            var _valid25 = _errs651 === errors;
            valid162 = valid162 || _valid25;
          }
          if (!valid162) {
            const err432 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err432];
            } else {
              vErrors.push(err432);
            }
            errors++;
          } else {
            errors = _errs648;
            if (vErrors !== null) {
              if (_errs648) {
                vErrors.length = _errs648;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data213.validationMessages !== void 0) {
          let data224 = data213.validationMessages;
          if (Array.isArray(data224)) {
            const len29 = data224.length;
            for (let i29 = 0; i29 < len29; i29++) {
              let data225 = data224[i29];
              if (data225 && typeof data225 == "object" && !Array.isArray(data225)) {
                for (const key66 in data225) {
                  if (!(key66 === "documentationUrl" || key66 === "level" || key66 === "type")) {
                    const err433 = { instancePath: instancePath + "/status/validationMessages/" + i29, schemaPath: "#/properties/status/properties/validationMessages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key66 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err433];
                    } else {
                      vErrors.push(err433);
                    }
                    errors++;
                  }
                }
                if (data225.documentationUrl !== void 0) {
                  if (typeof data225.documentationUrl !== "string") {
                    const err434 = { instancePath: instancePath + "/status/validationMessages/" + i29 + "/documentationUrl", schemaPath: "#/properties/status/properties/validationMessages/items/properties/documentationUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err434];
                    } else {
                      vErrors.push(err434);
                    }
                    errors++;
                  }
                }
                if (data225.level !== void 0) {
                  let data227 = data225.level;
                  if (typeof data227 !== "string") {
                    const err435 = { instancePath: instancePath + "/status/validationMessages/" + i29 + "/level", schemaPath: "#/properties/status/properties/validationMessages/items/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err435];
                    } else {
                      vErrors.push(err435);
                    }
                    errors++;
                  }
                  if (!(data227 === "UNKNOWN" || data227 === "ERROR" || data227 === "WARNING" || data227 === "INFO")) {
                    const err436 = { instancePath: instancePath + "/status/validationMessages/" + i29 + "/level", schemaPath: "#/properties/status/properties/validationMessages/items/properties/level/enum", keyword: "enum", params: { allowedValues: schema12.properties.status.properties.validationMessages.items.properties.level.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err436];
                    } else {
                      vErrors.push(err436);
                    }
                    errors++;
                  }
                }
                if (data225.type !== void 0) {
                  let data228 = data225.type;
                  if (data228 && typeof data228 == "object" && !Array.isArray(data228)) {
                    for (const key67 in data228) {
                      if (!(key67 === "code" || key67 === "name")) {
                        const err437 = { instancePath: instancePath + "/status/validationMessages/" + i29 + "/type", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key67 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err437];
                        } else {
                          vErrors.push(err437);
                        }
                        errors++;
                      }
                    }
                    if (data228.code !== void 0) {
                      if (typeof data228.code !== "string") {
                        const err438 = { instancePath: instancePath + "/status/validationMessages/" + i29 + "/type/code", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err438];
                        } else {
                          vErrors.push(err438);
                        }
                        errors++;
                      }
                    }
                    if (data228.name !== void 0) {
                      if (typeof data228.name !== "string") {
                        const err439 = { instancePath: instancePath + "/status/validationMessages/" + i29 + "/type/name", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err439];
                        } else {
                          vErrors.push(err439);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err440 = { instancePath: instancePath + "/status/validationMessages/" + i29 + "/type", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err440];
                    } else {
                      vErrors.push(err440);
                    }
                    errors++;
                  }
                }
              } else {
                const err441 = { instancePath: instancePath + "/status/validationMessages/" + i29, schemaPath: "#/properties/status/properties/validationMessages/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err441];
                } else {
                  vErrors.push(err441);
                }
                errors++;
              }
            }
          } else {
            const err442 = { instancePath: instancePath + "/status/validationMessages", schemaPath: "#/properties/status/properties/validationMessages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err442];
            } else {
              vErrors.push(err442);
            }
            errors++;
          }
        }
      } else {
        const err443 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err443];
        } else {
          vErrors.push(err443);
        }
        errors++;
      }
    }
  } else {
    const err444 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err444];
    } else {
      vErrors.push(err444);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
export {
  validate
};
