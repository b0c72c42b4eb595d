#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  require_ucs2length
} from "./chunk-O3L2X7CC.js";
import {
  formats
} from "./chunk-Z272QIUO.js";
import {
  __toESM
} from "./chunk-4RF5COTQ.js";

// src/plan/schemas/validators/networking.istio.io.v1.Sidecar.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validate = validate11;
var schema12 = { "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "metadata": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta" }, "spec": { "properties": { "egress": { "items": { "properties": { "bind": { "type": "string" }, "captureMode": { "enum": ["DEFAULT", "IPTABLES", "NONE"], "type": "string" }, "hosts": { "items": { "type": "string" }, "type": "array" }, "port": { "properties": { "name": { "type": "string" }, "number": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "protocol": { "type": "string" }, "targetPort": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false } }, "required": ["hosts"], "type": "object", "additionalProperties": false }, "type": "array" }, "inboundConnectionPool": { "properties": { "http": { "properties": { "h2UpgradePolicy": { "enum": ["DEFAULT", "DO_NOT_UPGRADE", "UPGRADE"], "type": "string" }, "http1MaxPendingRequests": { "format": "int32", "type": "integer" }, "http2MaxRequests": { "format": "int32", "type": "integer" }, "idleTimeout": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxConcurrentStreams": { "format": "int32", "type": "integer" }, "maxRequestsPerConnection": { "format": "int32", "type": "integer" }, "maxRetries": { "format": "int32", "type": "integer" }, "useClientProtocol": { "type": "boolean" } }, "type": "object", "additionalProperties": false }, "tcp": { "properties": { "connectTimeout": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "idleTimeout": { "type": "string" }, "maxConnectionDuration": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxConnections": { "format": "int32", "type": "integer" }, "tcpKeepalive": { "properties": { "interval": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "probes": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "time": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "ingress": { "items": { "properties": { "bind": { "type": "string" }, "captureMode": { "enum": ["DEFAULT", "IPTABLES", "NONE"], "type": "string" }, "connectionPool": { "properties": { "http": { "properties": { "h2UpgradePolicy": { "enum": ["DEFAULT", "DO_NOT_UPGRADE", "UPGRADE"], "type": "string" }, "http1MaxPendingRequests": { "format": "int32", "type": "integer" }, "http2MaxRequests": { "format": "int32", "type": "integer" }, "idleTimeout": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxConcurrentStreams": { "format": "int32", "type": "integer" }, "maxRequestsPerConnection": { "format": "int32", "type": "integer" }, "maxRetries": { "format": "int32", "type": "integer" }, "useClientProtocol": { "type": "boolean" } }, "type": "object", "additionalProperties": false }, "tcp": { "properties": { "connectTimeout": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "idleTimeout": { "type": "string" }, "maxConnectionDuration": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxConnections": { "format": "int32", "type": "integer" }, "tcpKeepalive": { "properties": { "interval": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "probes": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "time": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "defaultEndpoint": { "type": "string" }, "port": { "properties": { "name": { "type": "string" }, "number": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "protocol": { "type": "string" }, "targetPort": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "tls": { "properties": { "caCertCredentialName": { "type": "string" }, "caCertificates": { "type": "string" }, "caCrl": { "type": "string" }, "cipherSuites": { "items": { "type": "string" }, "type": "array" }, "credentialName": { "type": "string" }, "credentialNames": { "items": { "type": "string" }, "maxItems": 2, "minItems": 1, "type": "array" }, "httpsRedirect": { "type": "boolean" }, "maxProtocolVersion": { "enum": ["TLS_AUTO", "TLSV1_0", "TLSV1_1", "TLSV1_2", "TLSV1_3"], "type": "string" }, "minProtocolVersion": { "enum": ["TLS_AUTO", "TLSV1_0", "TLSV1_1", "TLSV1_2", "TLSV1_3"], "type": "string" }, "mode": { "enum": ["PASSTHROUGH", "SIMPLE", "MUTUAL", "AUTO_PASSTHROUGH", "ISTIO_MUTUAL", "OPTIONAL_MUTUAL"], "type": "string" }, "privateKey": { "type": "string" }, "serverCertificate": { "type": "string" }, "subjectAltNames": { "items": { "type": "string" }, "type": "array" }, "tlsCertificates": { "items": { "properties": { "caCertificates": { "type": "string" }, "privateKey": { "type": "string" }, "serverCertificate": { "type": "string" } }, "type": "object", "additionalProperties": false }, "maxItems": 2, "minItems": 1, "type": "array" }, "verifyCertificateHash": { "items": { "type": "string" }, "type": "array" }, "verifyCertificateSpki": { "items": { "type": "string" }, "type": "array" } }, "type": "object", "x-kubernetes-validations": [{ "message": "only one of credentialNames or tlsCertificates can be set", "rule": "(has(self.tlsCertificates) ? 1 : 0) + (has(self.credentialNames) ? 1 : 0) <= 1" }, { "message": "only one of credentialName or credentialNames can be set", "rule": "(has(self.credentialName) ? 1 : 0) + (has(self.credentialNames) ? 1 : 0) <= 1" }, { "message": "only one of credentialName or tlsCertificates can be set", "rule": "(has(self.credentialNames) ? 1 : 0) + (has(self.tlsCertificates) ? 1 : 0) <= 1" }], "additionalProperties": false } }, "required": ["port"], "type": "object", "additionalProperties": false }, "type": "array" }, "outboundTrafficPolicy": { "properties": { "egressProxy": { "properties": { "host": { "type": "string" }, "port": { "properties": { "number": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "subset": { "type": "string" } }, "required": ["host"], "type": "object", "additionalProperties": false }, "mode": { "enum": ["REGISTRY_ONLY", "ALLOW_ANY"], "type": "string" } }, "type": "object", "additionalProperties": false }, "workloadSelector": { "properties": { "labels": { "additionalProperties": { "maxLength": 63, "type": "string", "x-kubernetes-validations": [{ "message": "wildcard is not supported in selector", "rule": '!self.contains("*")' }] }, "maxProperties": 256, "type": "object" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "status": { "properties": { "conditions": { "items": { "properties": { "lastProbeTime": { "format": "date-time", "type": "string" }, "lastTransitionTime": { "format": "date-time", "type": "string" }, "message": { "type": "string" }, "observedGeneration": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "reason": { "type": "string" }, "status": { "type": "string" }, "type": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "observedGeneration": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "validationMessages": { "items": { "properties": { "documentationUrl": { "type": "string" }, "level": { "enum": ["UNKNOWN", "ERROR", "WARNING", "INFO"], "type": "string" }, "type": { "properties": { "code": { "type": "string" }, "name": { "type": "string" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "type": "array" } }, "type": "object", "x-kubernetes-preserve-unknown-fields": true } }, "type": "object", "additionalProperties": false };
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
var formats10 = formats.int32;
var func4 = import_ucs2length.default.default;
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
          if (!(key1 === "egress" || key1 === "inboundConnectionPool" || key1 === "ingress" || key1 === "outboundTrafficPolicy" || key1 === "workloadSelector")) {
            const err3 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data3.egress !== void 0) {
          let data4 = data3.egress;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (data5.hosts === void 0) {
                  const err4 = { instancePath: instancePath + "/spec/egress/" + i0, schemaPath: "#/properties/spec/properties/egress/items/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property 'hosts'" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                for (const key2 in data5) {
                  if (!(key2 === "bind" || key2 === "captureMode" || key2 === "hosts" || key2 === "port")) {
                    const err5 = { instancePath: instancePath + "/spec/egress/" + i0, schemaPath: "#/properties/spec/properties/egress/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  }
                }
                if (data5.bind !== void 0) {
                  if (typeof data5.bind !== "string") {
                    const err6 = { instancePath: instancePath + "/spec/egress/" + i0 + "/bind", schemaPath: "#/properties/spec/properties/egress/items/properties/bind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                }
                if (data5.captureMode !== void 0) {
                  let data7 = data5.captureMode;
                  if (typeof data7 !== "string") {
                    const err7 = { instancePath: instancePath + "/spec/egress/" + i0 + "/captureMode", schemaPath: "#/properties/spec/properties/egress/items/properties/captureMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                  if (!(data7 === "DEFAULT" || data7 === "IPTABLES" || data7 === "NONE")) {
                    const err8 = { instancePath: instancePath + "/spec/egress/" + i0 + "/captureMode", schemaPath: "#/properties/spec/properties/egress/items/properties/captureMode/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.egress.items.properties.captureMode.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data5.hosts !== void 0) {
                  let data8 = data5.hosts;
                  if (Array.isArray(data8)) {
                    const len1 = data8.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      if (typeof data8[i1] !== "string") {
                        const err9 = { instancePath: instancePath + "/spec/egress/" + i0 + "/hosts/" + i1, schemaPath: "#/properties/spec/properties/egress/items/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err9];
                        } else {
                          vErrors.push(err9);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err10 = { instancePath: instancePath + "/spec/egress/" + i0 + "/hosts", schemaPath: "#/properties/spec/properties/egress/items/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
                if (data5.port !== void 0) {
                  let data10 = data5.port;
                  if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    for (const key3 in data10) {
                      if (!(key3 === "name" || key3 === "number" || key3 === "protocol" || key3 === "targetPort")) {
                        const err11 = { instancePath: instancePath + "/spec/egress/" + i0 + "/port", schemaPath: "#/properties/spec/properties/egress/items/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                    if (data10.name !== void 0) {
                      if (typeof data10.name !== "string") {
                        const err12 = { instancePath: instancePath + "/spec/egress/" + i0 + "/port/name", schemaPath: "#/properties/spec/properties/egress/items/properties/port/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                    }
                    if (data10.number !== void 0) {
                      let data12 = data10.number;
                      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                        const err13 = { instancePath: instancePath + "/spec/egress/" + i0 + "/port/number", schemaPath: "#/properties/spec/properties/egress/items/properties/port/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                      if (typeof data12 == "number" && isFinite(data12)) {
                        if (data12 > 4294967295 || isNaN(data12)) {
                          const err14 = { instancePath: instancePath + "/spec/egress/" + i0 + "/port/number", schemaPath: "#/properties/spec/properties/egress/items/properties/port/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                          if (vErrors === null) {
                            vErrors = [err14];
                          } else {
                            vErrors.push(err14);
                          }
                          errors++;
                        }
                        if (data12 < 0 || isNaN(data12)) {
                          const err15 = { instancePath: instancePath + "/spec/egress/" + i0 + "/port/number", schemaPath: "#/properties/spec/properties/egress/items/properties/port/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err15];
                          } else {
                            vErrors.push(err15);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data10.protocol !== void 0) {
                      if (typeof data10.protocol !== "string") {
                        const err16 = { instancePath: instancePath + "/spec/egress/" + i0 + "/port/protocol", schemaPath: "#/properties/spec/properties/egress/items/properties/port/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                    }
                    if (data10.targetPort !== void 0) {
                      let data14 = data10.targetPort;
                      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                        const err17 = { instancePath: instancePath + "/spec/egress/" + i0 + "/port/targetPort", schemaPath: "#/properties/spec/properties/egress/items/properties/port/properties/targetPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                      }
                      if (typeof data14 == "number" && isFinite(data14)) {
                        if (data14 > 4294967295 || isNaN(data14)) {
                          const err18 = { instancePath: instancePath + "/spec/egress/" + i0 + "/port/targetPort", schemaPath: "#/properties/spec/properties/egress/items/properties/port/properties/targetPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                          if (vErrors === null) {
                            vErrors = [err18];
                          } else {
                            vErrors.push(err18);
                          }
                          errors++;
                        }
                        if (data14 < 0 || isNaN(data14)) {
                          const err19 = { instancePath: instancePath + "/spec/egress/" + i0 + "/port/targetPort", schemaPath: "#/properties/spec/properties/egress/items/properties/port/properties/targetPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err19];
                          } else {
                            vErrors.push(err19);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err20 = { instancePath: instancePath + "/spec/egress/" + i0 + "/port", schemaPath: "#/properties/spec/properties/egress/items/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
              } else {
                const err21 = { instancePath: instancePath + "/spec/egress/" + i0, schemaPath: "#/properties/spec/properties/egress/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/spec/egress", schemaPath: "#/properties/spec/properties/egress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data3.inboundConnectionPool !== void 0) {
          let data15 = data3.inboundConnectionPool;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key4 in data15) {
              if (!(key4 === "http" || key4 === "tcp")) {
                const err23 = { instancePath: instancePath + "/spec/inboundConnectionPool", schemaPath: "#/properties/spec/properties/inboundConnectionPool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data15.http !== void 0) {
              let data16 = data15.http;
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                for (const key5 in data16) {
                  if (!(key5 === "h2UpgradePolicy" || key5 === "http1MaxPendingRequests" || key5 === "http2MaxRequests" || key5 === "idleTimeout" || key5 === "maxConcurrentStreams" || key5 === "maxRequestsPerConnection" || key5 === "maxRetries" || key5 === "useClientProtocol")) {
                    const err24 = { instancePath: instancePath + "/spec/inboundConnectionPool/http", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data16.h2UpgradePolicy !== void 0) {
                  let data17 = data16.h2UpgradePolicy;
                  if (typeof data17 !== "string") {
                    const err25 = { instancePath: instancePath + "/spec/inboundConnectionPool/http/h2UpgradePolicy", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/properties/h2UpgradePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                  if (!(data17 === "DEFAULT" || data17 === "DO_NOT_UPGRADE" || data17 === "UPGRADE")) {
                    const err26 = { instancePath: instancePath + "/spec/inboundConnectionPool/http/h2UpgradePolicy", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/properties/h2UpgradePolicy/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.inboundConnectionPool.properties.http.properties.h2UpgradePolicy.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data16.http1MaxPendingRequests !== void 0) {
                  let data18 = data16.http1MaxPendingRequests;
                  if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                    const err27 = { instancePath: instancePath + "/spec/inboundConnectionPool/http/http1MaxPendingRequests", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/properties/http1MaxPendingRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                  if (typeof data18 == "number" && isFinite(data18)) {
                    if (!formats10.validate(data18)) {
                      const err28 = { instancePath: instancePath + "/spec/inboundConnectionPool/http/http1MaxPendingRequests", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/properties/http1MaxPendingRequests/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  }
                }
                if (data16.http2MaxRequests !== void 0) {
                  let data19 = data16.http2MaxRequests;
                  if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                    const err29 = { instancePath: instancePath + "/spec/inboundConnectionPool/http/http2MaxRequests", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/properties/http2MaxRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                  if (typeof data19 == "number" && isFinite(data19)) {
                    if (!formats10.validate(data19)) {
                      const err30 = { instancePath: instancePath + "/spec/inboundConnectionPool/http/http2MaxRequests", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/properties/http2MaxRequests/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  }
                }
                if (data16.idleTimeout !== void 0) {
                  if (typeof data16.idleTimeout !== "string") {
                    const err31 = { instancePath: instancePath + "/spec/inboundConnectionPool/http/idleTimeout", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/properties/idleTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data16.maxConcurrentStreams !== void 0) {
                  let data21 = data16.maxConcurrentStreams;
                  if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                    const err32 = { instancePath: instancePath + "/spec/inboundConnectionPool/http/maxConcurrentStreams", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/properties/maxConcurrentStreams/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                  if (typeof data21 == "number" && isFinite(data21)) {
                    if (!formats10.validate(data21)) {
                      const err33 = { instancePath: instancePath + "/spec/inboundConnectionPool/http/maxConcurrentStreams", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/properties/maxConcurrentStreams/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  }
                }
                if (data16.maxRequestsPerConnection !== void 0) {
                  let data22 = data16.maxRequestsPerConnection;
                  if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
                    const err34 = { instancePath: instancePath + "/spec/inboundConnectionPool/http/maxRequestsPerConnection", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/properties/maxRequestsPerConnection/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                  if (typeof data22 == "number" && isFinite(data22)) {
                    if (!formats10.validate(data22)) {
                      const err35 = { instancePath: instancePath + "/spec/inboundConnectionPool/http/maxRequestsPerConnection", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/properties/maxRequestsPerConnection/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  }
                }
                if (data16.maxRetries !== void 0) {
                  let data23 = data16.maxRetries;
                  if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                    const err36 = { instancePath: instancePath + "/spec/inboundConnectionPool/http/maxRetries", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/properties/maxRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                  if (typeof data23 == "number" && isFinite(data23)) {
                    if (!formats10.validate(data23)) {
                      const err37 = { instancePath: instancePath + "/spec/inboundConnectionPool/http/maxRetries", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/properties/maxRetries/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                  }
                }
                if (data16.useClientProtocol !== void 0) {
                  if (typeof data16.useClientProtocol !== "boolean") {
                    const err38 = { instancePath: instancePath + "/spec/inboundConnectionPool/http/useClientProtocol", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/properties/useClientProtocol/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/spec/inboundConnectionPool/http", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data15.tcp !== void 0) {
              let data25 = data15.tcp;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                for (const key6 in data25) {
                  if (!(key6 === "connectTimeout" || key6 === "idleTimeout" || key6 === "maxConnectionDuration" || key6 === "maxConnections" || key6 === "tcpKeepalive")) {
                    const err40 = { instancePath: instancePath + "/spec/inboundConnectionPool/tcp", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/tcp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data25.connectTimeout !== void 0) {
                  if (typeof data25.connectTimeout !== "string") {
                    const err41 = { instancePath: instancePath + "/spec/inboundConnectionPool/tcp/connectTimeout", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/tcp/properties/connectTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data25.idleTimeout !== void 0) {
                  if (typeof data25.idleTimeout !== "string") {
                    const err42 = { instancePath: instancePath + "/spec/inboundConnectionPool/tcp/idleTimeout", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/tcp/properties/idleTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data25.maxConnectionDuration !== void 0) {
                  if (typeof data25.maxConnectionDuration !== "string") {
                    const err43 = { instancePath: instancePath + "/spec/inboundConnectionPool/tcp/maxConnectionDuration", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/tcp/properties/maxConnectionDuration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data25.maxConnections !== void 0) {
                  let data29 = data25.maxConnections;
                  if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                    const err44 = { instancePath: instancePath + "/spec/inboundConnectionPool/tcp/maxConnections", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/tcp/properties/maxConnections/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                  if (typeof data29 == "number" && isFinite(data29)) {
                    if (!formats10.validate(data29)) {
                      const err45 = { instancePath: instancePath + "/spec/inboundConnectionPool/tcp/maxConnections", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/tcp/properties/maxConnections/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  }
                }
                if (data25.tcpKeepalive !== void 0) {
                  let data30 = data25.tcpKeepalive;
                  if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                    for (const key7 in data30) {
                      if (!(key7 === "interval" || key7 === "probes" || key7 === "time")) {
                        const err46 = { instancePath: instancePath + "/spec/inboundConnectionPool/tcp/tcpKeepalive", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/tcp/properties/tcpKeepalive/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                    }
                    if (data30.interval !== void 0) {
                      if (typeof data30.interval !== "string") {
                        const err47 = { instancePath: instancePath + "/spec/inboundConnectionPool/tcp/tcpKeepalive/interval", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/tcp/properties/tcpKeepalive/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err47];
                        } else {
                          vErrors.push(err47);
                        }
                        errors++;
                      }
                    }
                    if (data30.probes !== void 0) {
                      let data32 = data30.probes;
                      if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
                        const err48 = { instancePath: instancePath + "/spec/inboundConnectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                      if (typeof data32 == "number" && isFinite(data32)) {
                        if (data32 > 4294967295 || isNaN(data32)) {
                          const err49 = { instancePath: instancePath + "/spec/inboundConnectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                          if (vErrors === null) {
                            vErrors = [err49];
                          } else {
                            vErrors.push(err49);
                          }
                          errors++;
                        }
                        if (data32 < 0 || isNaN(data32)) {
                          const err50 = { instancePath: instancePath + "/spec/inboundConnectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data30.time !== void 0) {
                      if (typeof data30.time !== "string") {
                        const err51 = { instancePath: instancePath + "/spec/inboundConnectionPool/tcp/tcpKeepalive/time", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/tcp/properties/tcpKeepalive/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err52 = { instancePath: instancePath + "/spec/inboundConnectionPool/tcp/tcpKeepalive", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/tcp/properties/tcpKeepalive/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
              } else {
                const err53 = { instancePath: instancePath + "/spec/inboundConnectionPool/tcp", schemaPath: "#/properties/spec/properties/inboundConnectionPool/properties/tcp/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/spec/inboundConnectionPool", schemaPath: "#/properties/spec/properties/inboundConnectionPool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data3.ingress !== void 0) {
          let data34 = data3.ingress;
          if (Array.isArray(data34)) {
            const len2 = data34.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data35 = data34[i2];
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                if (data35.port === void 0) {
                  const err55 = { instancePath: instancePath + "/spec/ingress/" + i2, schemaPath: "#/properties/spec/properties/ingress/items/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                for (const key8 in data35) {
                  if (!(key8 === "bind" || key8 === "captureMode" || key8 === "connectionPool" || key8 === "defaultEndpoint" || key8 === "port" || key8 === "tls")) {
                    const err56 = { instancePath: instancePath + "/spec/ingress/" + i2, schemaPath: "#/properties/spec/properties/ingress/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data35.bind !== void 0) {
                  if (typeof data35.bind !== "string") {
                    const err57 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/bind", schemaPath: "#/properties/spec/properties/ingress/items/properties/bind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data35.captureMode !== void 0) {
                  let data37 = data35.captureMode;
                  if (typeof data37 !== "string") {
                    const err58 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/captureMode", schemaPath: "#/properties/spec/properties/ingress/items/properties/captureMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                  if (!(data37 === "DEFAULT" || data37 === "IPTABLES" || data37 === "NONE")) {
                    const err59 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/captureMode", schemaPath: "#/properties/spec/properties/ingress/items/properties/captureMode/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.ingress.items.properties.captureMode.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data35.connectionPool !== void 0) {
                  let data38 = data35.connectionPool;
                  if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                    for (const key9 in data38) {
                      if (!(key9 === "http" || key9 === "tcp")) {
                        const err60 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                    if (data38.http !== void 0) {
                      let data39 = data38.http;
                      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                        for (const key10 in data39) {
                          if (!(key10 === "h2UpgradePolicy" || key10 === "http1MaxPendingRequests" || key10 === "http2MaxRequests" || key10 === "idleTimeout" || key10 === "maxConcurrentStreams" || key10 === "maxRequestsPerConnection" || key10 === "maxRetries" || key10 === "useClientProtocol")) {
                            const err61 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err61];
                            } else {
                              vErrors.push(err61);
                            }
                            errors++;
                          }
                        }
                        if (data39.h2UpgradePolicy !== void 0) {
                          let data40 = data39.h2UpgradePolicy;
                          if (typeof data40 !== "string") {
                            const err62 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http/h2UpgradePolicy", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/properties/h2UpgradePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err62];
                            } else {
                              vErrors.push(err62);
                            }
                            errors++;
                          }
                          if (!(data40 === "DEFAULT" || data40 === "DO_NOT_UPGRADE" || data40 === "UPGRADE")) {
                            const err63 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http/h2UpgradePolicy", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/properties/h2UpgradePolicy/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.ingress.items.properties.connectionPool.properties.http.properties.h2UpgradePolicy.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                              vErrors = [err63];
                            } else {
                              vErrors.push(err63);
                            }
                            errors++;
                          }
                        }
                        if (data39.http1MaxPendingRequests !== void 0) {
                          let data41 = data39.http1MaxPendingRequests;
                          if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
                            const err64 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http/http1MaxPendingRequests", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/properties/http1MaxPendingRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err64];
                            } else {
                              vErrors.push(err64);
                            }
                            errors++;
                          }
                          if (typeof data41 == "number" && isFinite(data41)) {
                            if (!formats10.validate(data41)) {
                              const err65 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http/http1MaxPendingRequests", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/properties/http1MaxPendingRequests/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err65];
                              } else {
                                vErrors.push(err65);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data39.http2MaxRequests !== void 0) {
                          let data42 = data39.http2MaxRequests;
                          if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
                            const err66 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http/http2MaxRequests", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/properties/http2MaxRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err66];
                            } else {
                              vErrors.push(err66);
                            }
                            errors++;
                          }
                          if (typeof data42 == "number" && isFinite(data42)) {
                            if (!formats10.validate(data42)) {
                              const err67 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http/http2MaxRequests", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/properties/http2MaxRequests/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err67];
                              } else {
                                vErrors.push(err67);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data39.idleTimeout !== void 0) {
                          if (typeof data39.idleTimeout !== "string") {
                            const err68 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http/idleTimeout", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/properties/idleTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err68];
                            } else {
                              vErrors.push(err68);
                            }
                            errors++;
                          }
                        }
                        if (data39.maxConcurrentStreams !== void 0) {
                          let data44 = data39.maxConcurrentStreams;
                          if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
                            const err69 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http/maxConcurrentStreams", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/properties/maxConcurrentStreams/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err69];
                            } else {
                              vErrors.push(err69);
                            }
                            errors++;
                          }
                          if (typeof data44 == "number" && isFinite(data44)) {
                            if (!formats10.validate(data44)) {
                              const err70 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http/maxConcurrentStreams", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/properties/maxConcurrentStreams/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err70];
                              } else {
                                vErrors.push(err70);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data39.maxRequestsPerConnection !== void 0) {
                          let data45 = data39.maxRequestsPerConnection;
                          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                            const err71 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http/maxRequestsPerConnection", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/properties/maxRequestsPerConnection/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err71];
                            } else {
                              vErrors.push(err71);
                            }
                            errors++;
                          }
                          if (typeof data45 == "number" && isFinite(data45)) {
                            if (!formats10.validate(data45)) {
                              const err72 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http/maxRequestsPerConnection", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/properties/maxRequestsPerConnection/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err72];
                              } else {
                                vErrors.push(err72);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data39.maxRetries !== void 0) {
                          let data46 = data39.maxRetries;
                          if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
                            const err73 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http/maxRetries", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/properties/maxRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err73];
                            } else {
                              vErrors.push(err73);
                            }
                            errors++;
                          }
                          if (typeof data46 == "number" && isFinite(data46)) {
                            if (!formats10.validate(data46)) {
                              const err74 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http/maxRetries", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/properties/maxRetries/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err74];
                              } else {
                                vErrors.push(err74);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data39.useClientProtocol !== void 0) {
                          if (typeof data39.useClientProtocol !== "boolean") {
                            const err75 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http/useClientProtocol", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/properties/useClientProtocol/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err75];
                            } else {
                              vErrors.push(err75);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err76 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/http", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                    }
                    if (data38.tcp !== void 0) {
                      let data48 = data38.tcp;
                      if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                        for (const key11 in data48) {
                          if (!(key11 === "connectTimeout" || key11 === "idleTimeout" || key11 === "maxConnectionDuration" || key11 === "maxConnections" || key11 === "tcpKeepalive")) {
                            const err77 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/tcp", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/tcp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err77];
                            } else {
                              vErrors.push(err77);
                            }
                            errors++;
                          }
                        }
                        if (data48.connectTimeout !== void 0) {
                          if (typeof data48.connectTimeout !== "string") {
                            const err78 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/tcp/connectTimeout", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/tcp/properties/connectTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err78];
                            } else {
                              vErrors.push(err78);
                            }
                            errors++;
                          }
                        }
                        if (data48.idleTimeout !== void 0) {
                          if (typeof data48.idleTimeout !== "string") {
                            const err79 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/tcp/idleTimeout", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/tcp/properties/idleTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err79];
                            } else {
                              vErrors.push(err79);
                            }
                            errors++;
                          }
                        }
                        if (data48.maxConnectionDuration !== void 0) {
                          if (typeof data48.maxConnectionDuration !== "string") {
                            const err80 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/tcp/maxConnectionDuration", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/tcp/properties/maxConnectionDuration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err80];
                            } else {
                              vErrors.push(err80);
                            }
                            errors++;
                          }
                        }
                        if (data48.maxConnections !== void 0) {
                          let data52 = data48.maxConnections;
                          if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
                            const err81 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/tcp/maxConnections", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/tcp/properties/maxConnections/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err81];
                            } else {
                              vErrors.push(err81);
                            }
                            errors++;
                          }
                          if (typeof data52 == "number" && isFinite(data52)) {
                            if (!formats10.validate(data52)) {
                              const err82 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/tcp/maxConnections", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/tcp/properties/maxConnections/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err82];
                              } else {
                                vErrors.push(err82);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data48.tcpKeepalive !== void 0) {
                          let data53 = data48.tcpKeepalive;
                          if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                            for (const key12 in data53) {
                              if (!(key12 === "interval" || key12 === "probes" || key12 === "time")) {
                                const err83 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/tcp/tcpKeepalive", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err83];
                                } else {
                                  vErrors.push(err83);
                                }
                                errors++;
                              }
                            }
                            if (data53.interval !== void 0) {
                              if (typeof data53.interval !== "string") {
                                const err84 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/tcp/tcpKeepalive/interval", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err84];
                                } else {
                                  vErrors.push(err84);
                                }
                                errors++;
                              }
                            }
                            if (data53.probes !== void 0) {
                              let data55 = data53.probes;
                              if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)) && isFinite(data55))) {
                                const err85 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err85];
                                } else {
                                  vErrors.push(err85);
                                }
                                errors++;
                              }
                              if (typeof data55 == "number" && isFinite(data55)) {
                                if (data55 > 4294967295 || isNaN(data55)) {
                                  const err86 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                  if (vErrors === null) {
                                    vErrors = [err86];
                                  } else {
                                    vErrors.push(err86);
                                  }
                                  errors++;
                                }
                                if (data55 < 0 || isNaN(data55)) {
                                  const err87 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err87];
                                  } else {
                                    vErrors.push(err87);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data53.time !== void 0) {
                              if (typeof data53.time !== "string") {
                                const err88 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/tcp/tcpKeepalive/time", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err88];
                                } else {
                                  vErrors.push(err88);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err89 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/tcp/tcpKeepalive", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err89];
                            } else {
                              vErrors.push(err89);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err90 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool/tcp", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/properties/tcp/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err91 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/connectionPool", schemaPath: "#/properties/spec/properties/ingress/items/properties/connectionPool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
                if (data35.defaultEndpoint !== void 0) {
                  if (typeof data35.defaultEndpoint !== "string") {
                    const err92 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/defaultEndpoint", schemaPath: "#/properties/spec/properties/ingress/items/properties/defaultEndpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (data35.port !== void 0) {
                  let data58 = data35.port;
                  if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                    for (const key13 in data58) {
                      if (!(key13 === "name" || key13 === "number" || key13 === "protocol" || key13 === "targetPort")) {
                        const err93 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/port", schemaPath: "#/properties/spec/properties/ingress/items/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err93];
                        } else {
                          vErrors.push(err93);
                        }
                        errors++;
                      }
                    }
                    if (data58.name !== void 0) {
                      if (typeof data58.name !== "string") {
                        const err94 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/port/name", schemaPath: "#/properties/spec/properties/ingress/items/properties/port/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err94];
                        } else {
                          vErrors.push(err94);
                        }
                        errors++;
                      }
                    }
                    if (data58.number !== void 0) {
                      let data60 = data58.number;
                      if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)) && isFinite(data60))) {
                        const err95 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/port/number", schemaPath: "#/properties/spec/properties/ingress/items/properties/port/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err95];
                        } else {
                          vErrors.push(err95);
                        }
                        errors++;
                      }
                      if (typeof data60 == "number" && isFinite(data60)) {
                        if (data60 > 4294967295 || isNaN(data60)) {
                          const err96 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/port/number", schemaPath: "#/properties/spec/properties/ingress/items/properties/port/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                          if (vErrors === null) {
                            vErrors = [err96];
                          } else {
                            vErrors.push(err96);
                          }
                          errors++;
                        }
                        if (data60 < 0 || isNaN(data60)) {
                          const err97 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/port/number", schemaPath: "#/properties/spec/properties/ingress/items/properties/port/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err97];
                          } else {
                            vErrors.push(err97);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data58.protocol !== void 0) {
                      if (typeof data58.protocol !== "string") {
                        const err98 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/port/protocol", schemaPath: "#/properties/spec/properties/ingress/items/properties/port/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                    }
                    if (data58.targetPort !== void 0) {
                      let data62 = data58.targetPort;
                      if (!(typeof data62 == "number" && (!(data62 % 1) && !isNaN(data62)) && isFinite(data62))) {
                        const err99 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/port/targetPort", schemaPath: "#/properties/spec/properties/ingress/items/properties/port/properties/targetPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err99];
                        } else {
                          vErrors.push(err99);
                        }
                        errors++;
                      }
                      if (typeof data62 == "number" && isFinite(data62)) {
                        if (data62 > 4294967295 || isNaN(data62)) {
                          const err100 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/port/targetPort", schemaPath: "#/properties/spec/properties/ingress/items/properties/port/properties/targetPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                          if (vErrors === null) {
                            vErrors = [err100];
                          } else {
                            vErrors.push(err100);
                          }
                          errors++;
                        }
                        if (data62 < 0 || isNaN(data62)) {
                          const err101 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/port/targetPort", schemaPath: "#/properties/spec/properties/ingress/items/properties/port/properties/targetPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err101];
                          } else {
                            vErrors.push(err101);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err102 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/port", schemaPath: "#/properties/spec/properties/ingress/items/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data35.tls !== void 0) {
                  let data63 = data35.tls;
                  if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                    for (const key14 in data63) {
                      if (!func2.call(schema12.properties.spec.properties.ingress.items.properties.tls.properties, key14)) {
                        const err103 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err103];
                        } else {
                          vErrors.push(err103);
                        }
                        errors++;
                      }
                    }
                    if (data63.caCertCredentialName !== void 0) {
                      if (typeof data63.caCertCredentialName !== "string") {
                        const err104 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/caCertCredentialName", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/caCertCredentialName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err104];
                        } else {
                          vErrors.push(err104);
                        }
                        errors++;
                      }
                    }
                    if (data63.caCertificates !== void 0) {
                      if (typeof data63.caCertificates !== "string") {
                        const err105 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/caCertificates", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/caCertificates/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err105];
                        } else {
                          vErrors.push(err105);
                        }
                        errors++;
                      }
                    }
                    if (data63.caCrl !== void 0) {
                      if (typeof data63.caCrl !== "string") {
                        const err106 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/caCrl", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/caCrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err106];
                        } else {
                          vErrors.push(err106);
                        }
                        errors++;
                      }
                    }
                    if (data63.cipherSuites !== void 0) {
                      let data67 = data63.cipherSuites;
                      if (Array.isArray(data67)) {
                        const len3 = data67.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                          if (typeof data67[i3] !== "string") {
                            const err107 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/cipherSuites/" + i3, schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/cipherSuites/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err107];
                            } else {
                              vErrors.push(err107);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err108 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/cipherSuites", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/cipherSuites/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                    }
                    if (data63.credentialName !== void 0) {
                      if (typeof data63.credentialName !== "string") {
                        const err109 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/credentialName", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/credentialName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err109];
                        } else {
                          vErrors.push(err109);
                        }
                        errors++;
                      }
                    }
                    if (data63.credentialNames !== void 0) {
                      let data70 = data63.credentialNames;
                      if (Array.isArray(data70)) {
                        if (data70.length > 2) {
                          const err110 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/credentialNames", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/credentialNames/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                          if (vErrors === null) {
                            vErrors = [err110];
                          } else {
                            vErrors.push(err110);
                          }
                          errors++;
                        }
                        if (data70.length < 1) {
                          const err111 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/credentialNames", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/credentialNames/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                          if (vErrors === null) {
                            vErrors = [err111];
                          } else {
                            vErrors.push(err111);
                          }
                          errors++;
                        }
                        const len4 = data70.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          if (typeof data70[i4] !== "string") {
                            const err112 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/credentialNames/" + i4, schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/credentialNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err112];
                            } else {
                              vErrors.push(err112);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err113 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/credentialNames", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/credentialNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err113];
                        } else {
                          vErrors.push(err113);
                        }
                        errors++;
                      }
                    }
                    if (data63.httpsRedirect !== void 0) {
                      if (typeof data63.httpsRedirect !== "boolean") {
                        const err114 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/httpsRedirect", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/httpsRedirect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err114];
                        } else {
                          vErrors.push(err114);
                        }
                        errors++;
                      }
                    }
                    if (data63.maxProtocolVersion !== void 0) {
                      let data73 = data63.maxProtocolVersion;
                      if (typeof data73 !== "string") {
                        const err115 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/maxProtocolVersion", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/maxProtocolVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err115];
                        } else {
                          vErrors.push(err115);
                        }
                        errors++;
                      }
                      if (!(data73 === "TLS_AUTO" || data73 === "TLSV1_0" || data73 === "TLSV1_1" || data73 === "TLSV1_2" || data73 === "TLSV1_3")) {
                        const err116 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/maxProtocolVersion", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/maxProtocolVersion/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.ingress.items.properties.tls.properties.maxProtocolVersion.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err116];
                        } else {
                          vErrors.push(err116);
                        }
                        errors++;
                      }
                    }
                    if (data63.minProtocolVersion !== void 0) {
                      let data74 = data63.minProtocolVersion;
                      if (typeof data74 !== "string") {
                        const err117 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/minProtocolVersion", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/minProtocolVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      }
                      if (!(data74 === "TLS_AUTO" || data74 === "TLSV1_0" || data74 === "TLSV1_1" || data74 === "TLSV1_2" || data74 === "TLSV1_3")) {
                        const err118 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/minProtocolVersion", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/minProtocolVersion/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.ingress.items.properties.tls.properties.minProtocolVersion.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err118];
                        } else {
                          vErrors.push(err118);
                        }
                        errors++;
                      }
                    }
                    if (data63.mode !== void 0) {
                      let data75 = data63.mode;
                      if (typeof data75 !== "string") {
                        const err119 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/mode", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err119];
                        } else {
                          vErrors.push(err119);
                        }
                        errors++;
                      }
                      if (!(data75 === "PASSTHROUGH" || data75 === "SIMPLE" || data75 === "MUTUAL" || data75 === "AUTO_PASSTHROUGH" || data75 === "ISTIO_MUTUAL" || data75 === "OPTIONAL_MUTUAL")) {
                        const err120 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/mode", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/mode/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.ingress.items.properties.tls.properties.mode.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err120];
                        } else {
                          vErrors.push(err120);
                        }
                        errors++;
                      }
                    }
                    if (data63.privateKey !== void 0) {
                      if (typeof data63.privateKey !== "string") {
                        const err121 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/privateKey", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/privateKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err121];
                        } else {
                          vErrors.push(err121);
                        }
                        errors++;
                      }
                    }
                    if (data63.serverCertificate !== void 0) {
                      if (typeof data63.serverCertificate !== "string") {
                        const err122 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/serverCertificate", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/serverCertificate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err122];
                        } else {
                          vErrors.push(err122);
                        }
                        errors++;
                      }
                    }
                    if (data63.subjectAltNames !== void 0) {
                      let data78 = data63.subjectAltNames;
                      if (Array.isArray(data78)) {
                        const len5 = data78.length;
                        for (let i5 = 0; i5 < len5; i5++) {
                          if (typeof data78[i5] !== "string") {
                            const err123 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/subjectAltNames/" + i5, schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/subjectAltNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err123];
                            } else {
                              vErrors.push(err123);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err124 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/subjectAltNames", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/subjectAltNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err124];
                        } else {
                          vErrors.push(err124);
                        }
                        errors++;
                      }
                    }
                    if (data63.tlsCertificates !== void 0) {
                      let data80 = data63.tlsCertificates;
                      if (Array.isArray(data80)) {
                        if (data80.length > 2) {
                          const err125 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/tlsCertificates", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/tlsCertificates/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                          if (vErrors === null) {
                            vErrors = [err125];
                          } else {
                            vErrors.push(err125);
                          }
                          errors++;
                        }
                        if (data80.length < 1) {
                          const err126 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/tlsCertificates", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/tlsCertificates/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                          if (vErrors === null) {
                            vErrors = [err126];
                          } else {
                            vErrors.push(err126);
                          }
                          errors++;
                        }
                        const len6 = data80.length;
                        for (let i6 = 0; i6 < len6; i6++) {
                          let data81 = data80[i6];
                          if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                            for (const key15 in data81) {
                              if (!(key15 === "caCertificates" || key15 === "privateKey" || key15 === "serverCertificate")) {
                                const err127 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/tlsCertificates/" + i6, schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/tlsCertificates/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err127];
                                } else {
                                  vErrors.push(err127);
                                }
                                errors++;
                              }
                            }
                            if (data81.caCertificates !== void 0) {
                              if (typeof data81.caCertificates !== "string") {
                                const err128 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/tlsCertificates/" + i6 + "/caCertificates", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/tlsCertificates/items/properties/caCertificates/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err128];
                                } else {
                                  vErrors.push(err128);
                                }
                                errors++;
                              }
                            }
                            if (data81.privateKey !== void 0) {
                              if (typeof data81.privateKey !== "string") {
                                const err129 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/tlsCertificates/" + i6 + "/privateKey", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/tlsCertificates/items/properties/privateKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err129];
                                } else {
                                  vErrors.push(err129);
                                }
                                errors++;
                              }
                            }
                            if (data81.serverCertificate !== void 0) {
                              if (typeof data81.serverCertificate !== "string") {
                                const err130 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/tlsCertificates/" + i6 + "/serverCertificate", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/tlsCertificates/items/properties/serverCertificate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err130];
                                } else {
                                  vErrors.push(err130);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err131 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/tlsCertificates/" + i6, schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/tlsCertificates/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err131];
                            } else {
                              vErrors.push(err131);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err132 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/tlsCertificates", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/tlsCertificates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err132];
                        } else {
                          vErrors.push(err132);
                        }
                        errors++;
                      }
                    }
                    if (data63.verifyCertificateHash !== void 0) {
                      let data85 = data63.verifyCertificateHash;
                      if (Array.isArray(data85)) {
                        const len7 = data85.length;
                        for (let i7 = 0; i7 < len7; i7++) {
                          if (typeof data85[i7] !== "string") {
                            const err133 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/verifyCertificateHash/" + i7, schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/verifyCertificateHash/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err133];
                            } else {
                              vErrors.push(err133);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err134 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/verifyCertificateHash", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/verifyCertificateHash/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err134];
                        } else {
                          vErrors.push(err134);
                        }
                        errors++;
                      }
                    }
                    if (data63.verifyCertificateSpki !== void 0) {
                      let data87 = data63.verifyCertificateSpki;
                      if (Array.isArray(data87)) {
                        const len8 = data87.length;
                        for (let i8 = 0; i8 < len8; i8++) {
                          if (typeof data87[i8] !== "string") {
                            const err135 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/verifyCertificateSpki/" + i8, schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/verifyCertificateSpki/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err135];
                            } else {
                              vErrors.push(err135);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err136 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls/verifyCertificateSpki", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/properties/verifyCertificateSpki/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err136];
                        } else {
                          vErrors.push(err136);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err137 = { instancePath: instancePath + "/spec/ingress/" + i2 + "/tls", schemaPath: "#/properties/spec/properties/ingress/items/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                }
              } else {
                const err138 = { instancePath: instancePath + "/spec/ingress/" + i2, schemaPath: "#/properties/spec/properties/ingress/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
          } else {
            const err139 = { instancePath: instancePath + "/spec/ingress", schemaPath: "#/properties/spec/properties/ingress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
        if (data3.outboundTrafficPolicy !== void 0) {
          let data89 = data3.outboundTrafficPolicy;
          if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
            for (const key16 in data89) {
              if (!(key16 === "egressProxy" || key16 === "mode")) {
                const err140 = { instancePath: instancePath + "/spec/outboundTrafficPolicy", schemaPath: "#/properties/spec/properties/outboundTrafficPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
            if (data89.egressProxy !== void 0) {
              let data90 = data89.egressProxy;
              if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                if (data90.host === void 0) {
                  const err141 = { instancePath: instancePath + "/spec/outboundTrafficPolicy/egressProxy", schemaPath: "#/properties/spec/properties/outboundTrafficPolicy/properties/egressProxy/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'" };
                  if (vErrors === null) {
                    vErrors = [err141];
                  } else {
                    vErrors.push(err141);
                  }
                  errors++;
                }
                for (const key17 in data90) {
                  if (!(key17 === "host" || key17 === "port" || key17 === "subset")) {
                    const err142 = { instancePath: instancePath + "/spec/outboundTrafficPolicy/egressProxy", schemaPath: "#/properties/spec/properties/outboundTrafficPolicy/properties/egressProxy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
                if (data90.host !== void 0) {
                  if (typeof data90.host !== "string") {
                    const err143 = { instancePath: instancePath + "/spec/outboundTrafficPolicy/egressProxy/host", schemaPath: "#/properties/spec/properties/outboundTrafficPolicy/properties/egressProxy/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
                if (data90.port !== void 0) {
                  let data92 = data90.port;
                  if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                    for (const key18 in data92) {
                      if (!(key18 === "number")) {
                        const err144 = { instancePath: instancePath + "/spec/outboundTrafficPolicy/egressProxy/port", schemaPath: "#/properties/spec/properties/outboundTrafficPolicy/properties/egressProxy/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err144];
                        } else {
                          vErrors.push(err144);
                        }
                        errors++;
                      }
                    }
                    if (data92.number !== void 0) {
                      let data93 = data92.number;
                      if (!(typeof data93 == "number" && (!(data93 % 1) && !isNaN(data93)) && isFinite(data93))) {
                        const err145 = { instancePath: instancePath + "/spec/outboundTrafficPolicy/egressProxy/port/number", schemaPath: "#/properties/spec/properties/outboundTrafficPolicy/properties/egressProxy/properties/port/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                      if (typeof data93 == "number" && isFinite(data93)) {
                        if (data93 > 4294967295 || isNaN(data93)) {
                          const err146 = { instancePath: instancePath + "/spec/outboundTrafficPolicy/egressProxy/port/number", schemaPath: "#/properties/spec/properties/outboundTrafficPolicy/properties/egressProxy/properties/port/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                          if (vErrors === null) {
                            vErrors = [err146];
                          } else {
                            vErrors.push(err146);
                          }
                          errors++;
                        }
                        if (data93 < 0 || isNaN(data93)) {
                          const err147 = { instancePath: instancePath + "/spec/outboundTrafficPolicy/egressProxy/port/number", schemaPath: "#/properties/spec/properties/outboundTrafficPolicy/properties/egressProxy/properties/port/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err147];
                          } else {
                            vErrors.push(err147);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err148 = { instancePath: instancePath + "/spec/outboundTrafficPolicy/egressProxy/port", schemaPath: "#/properties/spec/properties/outboundTrafficPolicy/properties/egressProxy/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
                if (data90.subset !== void 0) {
                  if (typeof data90.subset !== "string") {
                    const err149 = { instancePath: instancePath + "/spec/outboundTrafficPolicy/egressProxy/subset", schemaPath: "#/properties/spec/properties/outboundTrafficPolicy/properties/egressProxy/properties/subset/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err149];
                    } else {
                      vErrors.push(err149);
                    }
                    errors++;
                  }
                }
              } else {
                const err150 = { instancePath: instancePath + "/spec/outboundTrafficPolicy/egressProxy", schemaPath: "#/properties/spec/properties/outboundTrafficPolicy/properties/egressProxy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data89.mode !== void 0) {
              let data95 = data89.mode;
              if (typeof data95 !== "string") {
                const err151 = { instancePath: instancePath + "/spec/outboundTrafficPolicy/mode", schemaPath: "#/properties/spec/properties/outboundTrafficPolicy/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
              if (!(data95 === "REGISTRY_ONLY" || data95 === "ALLOW_ANY")) {
                const err152 = { instancePath: instancePath + "/spec/outboundTrafficPolicy/mode", schemaPath: "#/properties/spec/properties/outboundTrafficPolicy/properties/mode/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.outboundTrafficPolicy.properties.mode.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
          } else {
            const err153 = { instancePath: instancePath + "/spec/outboundTrafficPolicy", schemaPath: "#/properties/spec/properties/outboundTrafficPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          }
        }
        if (data3.workloadSelector !== void 0) {
          let data96 = data3.workloadSelector;
          if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
            for (const key19 in data96) {
              if (!(key19 === "labels")) {
                const err154 = { instancePath: instancePath + "/spec/workloadSelector", schemaPath: "#/properties/spec/properties/workloadSelector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
            if (data96.labels !== void 0) {
              let data97 = data96.labels;
              if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                if (Object.keys(data97).length > 256) {
                  const err155 = { instancePath: instancePath + "/spec/workloadSelector/labels", schemaPath: "#/properties/spec/properties/workloadSelector/properties/labels/maxProperties", keyword: "maxProperties", params: { limit: 256 }, message: "must NOT have more than 256 properties" };
                  if (vErrors === null) {
                    vErrors = [err155];
                  } else {
                    vErrors.push(err155);
                  }
                  errors++;
                }
                for (const key20 in data97) {
                  let data98 = data97[key20];
                  if (typeof data98 === "string") {
                    if (func4(data98) > 63) {
                      const err156 = { instancePath: instancePath + "/spec/workloadSelector/labels/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/workloadSelector/properties/labels/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                  } else {
                    const err157 = { instancePath: instancePath + "/spec/workloadSelector/labels/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/workloadSelector/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err157];
                    } else {
                      vErrors.push(err157);
                    }
                    errors++;
                  }
                }
              } else {
                const err158 = { instancePath: instancePath + "/spec/workloadSelector/labels", schemaPath: "#/properties/spec/properties/workloadSelector/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
          } else {
            const err159 = { instancePath: instancePath + "/spec/workloadSelector", schemaPath: "#/properties/spec/properties/workloadSelector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err159];
            } else {
              vErrors.push(err159);
            }
            errors++;
          }
        }
      } else {
        const err160 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err160];
        } else {
          vErrors.push(err160);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data99 = data.status;
      if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
        if (data99.conditions !== void 0) {
          let data100 = data99.conditions;
          if (Array.isArray(data100)) {
            const len9 = data100.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data101 = data100[i9];
              if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                for (const key21 in data101) {
                  if (!(key21 === "lastProbeTime" || key21 === "lastTransitionTime" || key21 === "message" || key21 === "observedGeneration" || key21 === "reason" || key21 === "status" || key21 === "type")) {
                    const err161 = { instancePath: instancePath + "/status/conditions/" + i9, schemaPath: "#/properties/status/properties/conditions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                }
                if (data101.lastProbeTime !== void 0) {
                  let data102 = data101.lastProbeTime;
                  if (typeof data102 === "string") {
                    if (!formats0(data102)) {
                      const err162 = { instancePath: instancePath + "/status/conditions/" + i9 + "/lastProbeTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastProbeTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err162];
                      } else {
                        vErrors.push(err162);
                      }
                      errors++;
                    }
                  } else {
                    const err163 = { instancePath: instancePath + "/status/conditions/" + i9 + "/lastProbeTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastProbeTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err163];
                    } else {
                      vErrors.push(err163);
                    }
                    errors++;
                  }
                }
                if (data101.lastTransitionTime !== void 0) {
                  let data103 = data101.lastTransitionTime;
                  if (typeof data103 === "string") {
                    if (!formats0(data103)) {
                      const err164 = { instancePath: instancePath + "/status/conditions/" + i9 + "/lastTransitionTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastTransitionTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err164];
                      } else {
                        vErrors.push(err164);
                      }
                      errors++;
                    }
                  } else {
                    const err165 = { instancePath: instancePath + "/status/conditions/" + i9 + "/lastTransitionTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastTransitionTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err165];
                    } else {
                      vErrors.push(err165);
                    }
                    errors++;
                  }
                }
                if (data101.message !== void 0) {
                  if (typeof data101.message !== "string") {
                    const err166 = { instancePath: instancePath + "/status/conditions/" + i9 + "/message", schemaPath: "#/properties/status/properties/conditions/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err166];
                    } else {
                      vErrors.push(err166);
                    }
                    errors++;
                  }
                }
                if (data101.observedGeneration !== void 0) {
                  let data105 = data101.observedGeneration;
                  const _errs233 = errors;
                  let valid43 = false;
                  const _errs234 = errors;
                  if (!(typeof data105 == "number" && (!(data105 % 1) && !isNaN(data105)) && isFinite(data105))) {
                    const err167 = { instancePath: instancePath + "/status/conditions/" + i9 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err167];
                    } else {
                      vErrors.push(err167);
                    }
                    errors++;
                  }
                  var _valid0 = _errs234 === errors;
                  valid43 = valid43 || _valid0;
                  if (!valid43) {
                    const _errs236 = errors;
                    if (typeof data105 !== "string") {
                      const err168 = { instancePath: instancePath + "/status/conditions/" + i9 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err168];
                      } else {
                        vErrors.push(err168);
                      }
                      errors++;
                    }
                    var _valid0 = _errs236 === errors;
                    valid43 = valid43 || _valid0;
                  }
                  if (!valid43) {
                    const err169 = { instancePath: instancePath + "/status/conditions/" + i9 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err169];
                    } else {
                      vErrors.push(err169);
                    }
                    errors++;
                  } else {
                    errors = _errs233;
                    if (vErrors !== null) {
                      if (_errs233) {
                        vErrors.length = _errs233;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data101.reason !== void 0) {
                  if (typeof data101.reason !== "string") {
                    const err170 = { instancePath: instancePath + "/status/conditions/" + i9 + "/reason", schemaPath: "#/properties/status/properties/conditions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err170];
                    } else {
                      vErrors.push(err170);
                    }
                    errors++;
                  }
                }
                if (data101.status !== void 0) {
                  if (typeof data101.status !== "string") {
                    const err171 = { instancePath: instancePath + "/status/conditions/" + i9 + "/status", schemaPath: "#/properties/status/properties/conditions/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err171];
                    } else {
                      vErrors.push(err171);
                    }
                    errors++;
                  }
                }
                if (data101.type !== void 0) {
                  if (typeof data101.type !== "string") {
                    const err172 = { instancePath: instancePath + "/status/conditions/" + i9 + "/type", schemaPath: "#/properties/status/properties/conditions/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err172];
                    } else {
                      vErrors.push(err172);
                    }
                    errors++;
                  }
                }
              } else {
                const err173 = { instancePath: instancePath + "/status/conditions/" + i9, schemaPath: "#/properties/status/properties/conditions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
            }
          } else {
            const err174 = { instancePath: instancePath + "/status/conditions", schemaPath: "#/properties/status/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err174];
            } else {
              vErrors.push(err174);
            }
            errors++;
          }
        }
        if (data99.observedGeneration !== void 0) {
          let data109 = data99.observedGeneration;
          const _errs245 = errors;
          let valid44 = false;
          const _errs246 = errors;
          if (!(typeof data109 == "number" && (!(data109 % 1) && !isNaN(data109)) && isFinite(data109))) {
            const err175 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err175];
            } else {
              vErrors.push(err175);
            }
            errors++;
          }
          var _valid1 = _errs246 === errors;
          valid44 = valid44 || _valid1;
          if (!valid44) {
            const _errs248 = errors;
            if (typeof data109 !== "string") {
              const err176 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err176];
              } else {
                vErrors.push(err176);
              }
              errors++;
            }
            var _valid1 = _errs248 === errors;
            valid44 = valid44 || _valid1;
          }
          if (!valid44) {
            const err177 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err177];
            } else {
              vErrors.push(err177);
            }
            errors++;
          } else {
            errors = _errs245;
            if (vErrors !== null) {
              if (_errs245) {
                vErrors.length = _errs245;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data99.validationMessages !== void 0) {
          let data110 = data99.validationMessages;
          if (Array.isArray(data110)) {
            const len10 = data110.length;
            for (let i10 = 0; i10 < len10; i10++) {
              let data111 = data110[i10];
              if (data111 && typeof data111 == "object" && !Array.isArray(data111)) {
                for (const key22 in data111) {
                  if (!(key22 === "documentationUrl" || key22 === "level" || key22 === "type")) {
                    const err178 = { instancePath: instancePath + "/status/validationMessages/" + i10, schemaPath: "#/properties/status/properties/validationMessages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err178];
                    } else {
                      vErrors.push(err178);
                    }
                    errors++;
                  }
                }
                if (data111.documentationUrl !== void 0) {
                  if (typeof data111.documentationUrl !== "string") {
                    const err179 = { instancePath: instancePath + "/status/validationMessages/" + i10 + "/documentationUrl", schemaPath: "#/properties/status/properties/validationMessages/items/properties/documentationUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err179];
                    } else {
                      vErrors.push(err179);
                    }
                    errors++;
                  }
                }
                if (data111.level !== void 0) {
                  let data113 = data111.level;
                  if (typeof data113 !== "string") {
                    const err180 = { instancePath: instancePath + "/status/validationMessages/" + i10 + "/level", schemaPath: "#/properties/status/properties/validationMessages/items/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                  if (!(data113 === "UNKNOWN" || data113 === "ERROR" || data113 === "WARNING" || data113 === "INFO")) {
                    const err181 = { instancePath: instancePath + "/status/validationMessages/" + i10 + "/level", schemaPath: "#/properties/status/properties/validationMessages/items/properties/level/enum", keyword: "enum", params: { allowedValues: schema12.properties.status.properties.validationMessages.items.properties.level.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err181];
                    } else {
                      vErrors.push(err181);
                    }
                    errors++;
                  }
                }
                if (data111.type !== void 0) {
                  let data114 = data111.type;
                  if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
                    for (const key23 in data114) {
                      if (!(key23 === "code" || key23 === "name")) {
                        const err182 = { instancePath: instancePath + "/status/validationMessages/" + i10 + "/type", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err182];
                        } else {
                          vErrors.push(err182);
                        }
                        errors++;
                      }
                    }
                    if (data114.code !== void 0) {
                      if (typeof data114.code !== "string") {
                        const err183 = { instancePath: instancePath + "/status/validationMessages/" + i10 + "/type/code", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err183];
                        } else {
                          vErrors.push(err183);
                        }
                        errors++;
                      }
                    }
                    if (data114.name !== void 0) {
                      if (typeof data114.name !== "string") {
                        const err184 = { instancePath: instancePath + "/status/validationMessages/" + i10 + "/type/name", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err184];
                        } else {
                          vErrors.push(err184);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err185 = { instancePath: instancePath + "/status/validationMessages/" + i10 + "/type", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err185];
                    } else {
                      vErrors.push(err185);
                    }
                    errors++;
                  }
                }
              } else {
                const err186 = { instancePath: instancePath + "/status/validationMessages/" + i10, schemaPath: "#/properties/status/properties/validationMessages/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
            }
          } else {
            const err187 = { instancePath: instancePath + "/status/validationMessages", schemaPath: "#/properties/status/properties/validationMessages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err187];
            } else {
              vErrors.push(err187);
            }
            errors++;
          }
        }
      } else {
        const err188 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err188];
        } else {
          vErrors.push(err188);
        }
        errors++;
      }
    }
  } else {
    const err189 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err189];
    } else {
      vErrors.push(err189);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
export {
  validate
};
