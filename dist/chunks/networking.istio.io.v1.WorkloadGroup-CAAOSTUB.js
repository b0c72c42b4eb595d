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

// src/plan/schemas/validators/networking.istio.io.v1.WorkloadGroup.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validate = validate11;
var schema12 = { "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "metadata": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta" }, "spec": { "properties": { "metadata": { "properties": { "annotations": { "additionalProperties": { "type": "string" }, "maxProperties": 256, "type": "object" }, "labels": { "additionalProperties": { "type": "string" }, "maxProperties": 256, "type": "object" } }, "type": "object", "additionalProperties": false }, "probe": { "oneOf": [{ "not": { "anyOf": [{ "required": ["httpGet"] }, { "required": ["tcpSocket"] }, { "required": ["exec"] }, { "required": ["grpc"] }] } }, { "required": ["httpGet"] }, { "required": ["tcpSocket"] }, { "required": ["exec"] }, { "required": ["grpc"] }], "properties": { "exec": { "properties": { "command": { "items": { "minLength": 1, "type": "string" }, "type": "array" } }, "required": ["command"], "type": "object", "additionalProperties": false }, "failureThreshold": { "format": "int32", "minimum": 0, "type": "integer" }, "grpc": { "properties": { "port": { "maximum": 4294967295, "minimum": 0, "type": "integer", "x-kubernetes-validations": [{ "message": "port must be between 1-65535", "rule": "0 < self && self <= 65535" }] }, "service": { "type": "string" } }, "type": "object", "additionalProperties": false }, "httpGet": { "properties": { "host": { "type": "string" }, "httpHeaders": { "items": { "properties": { "name": { "pattern": "^[-_A-Za-z0-9]+$", "type": "string" }, "value": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "path": { "type": "string" }, "port": { "maximum": 4294967295, "minimum": 0, "type": "integer", "x-kubernetes-validations": [{ "message": "port must be between 1-65535", "rule": "0 < self && self <= 65535" }] }, "scheme": { "type": "string", "x-kubernetes-validations": [{ "message": "scheme must be one of [HTTP, HTTPS]", "rule": 'self in ["", "HTTP", "HTTPS"]' }] } }, "required": ["port"], "type": "object", "additionalProperties": false }, "initialDelaySeconds": { "format": "int32", "minimum": 0, "type": "integer" }, "periodSeconds": { "format": "int32", "minimum": 0, "type": "integer" }, "successThreshold": { "format": "int32", "minimum": 0, "type": "integer" }, "tcpSocket": { "properties": { "host": { "type": "string" }, "port": { "maximum": 4294967295, "minimum": 0, "type": "integer", "x-kubernetes-validations": [{ "message": "port must be between 1-65535", "rule": "0 < self && self <= 65535" }] } }, "required": ["port"], "type": "object", "additionalProperties": false }, "timeoutSeconds": { "format": "int32", "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "template": { "properties": { "address": { "maxLength": 256, "type": "string", "x-kubernetes-validations": [{ "message": "UDS must be an absolute path or abstract socket", "rule": 'self.startsWith("unix://") ? (self.substring(7, 8) == "/" || self.substring(7, 8) == "@") : true' }, { "message": "UDS may not be a dir", "rule": 'self.startsWith("unix://") ? !self.endsWith("/") : true' }] }, "labels": { "additionalProperties": { "type": "string" }, "maxProperties": 256, "type": "object" }, "locality": { "maxLength": 2048, "type": "string" }, "network": { "maxLength": 2048, "type": "string" }, "ports": { "additionalProperties": { "maximum": 4294967295, "minimum": 0, "type": "integer", "x-kubernetes-validations": [{ "message": "port must be between 1-65535", "rule": "0 < self && self <= 65535" }] }, "maxProperties": 128, "type": "object", "x-kubernetes-validations": [{ "message": "port name must be valid", "rule": 'self.all(key, size(key) < 63 && key.matches("^[a-zA-Z0-9](?:[-a-zA-Z0-9]*[a-zA-Z0-9])?$"))' }] }, "serviceAccount": { "maxLength": 253, "type": "string" }, "weight": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "type": "object", "x-kubernetes-validations": [{ "message": "UDS may not include ports", "rule": '(has(self.address) ? self.address : "").startsWith("unix://") ? !has(self.ports) : true' }], "additionalProperties": false } }, "required": ["template"], "type": "object", "additionalProperties": false }, "status": { "properties": { "conditions": { "items": { "properties": { "lastProbeTime": { "format": "date-time", "type": "string" }, "lastTransitionTime": { "format": "date-time", "type": "string" }, "message": { "type": "string" }, "observedGeneration": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "reason": { "type": "string" }, "status": { "type": "string" }, "type": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "observedGeneration": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "validationMessages": { "items": { "properties": { "documentationUrl": { "type": "string" }, "level": { "enum": ["UNKNOWN", "ERROR", "WARNING", "INFO"], "type": "string" }, "type": { "properties": { "code": { "type": "string" }, "name": { "type": "string" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "type": "array" } }, "type": "object", "x-kubernetes-preserve-unknown-fields": true } }, "required": ["spec"], "type": "object", "additionalProperties": false };
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
var func4 = import_ucs2length.default.default;
var formats10 = formats.int32;
var pattern0 = new RegExp("^[-_A-Za-z0-9]+$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.spec === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec" || key0 === "status")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err2 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
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
        if (data3.template === void 0) {
          const err4 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "metadata" || key1 === "probe" || key1 === "template")) {
            const err5 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data3.metadata !== void 0) {
          let data4 = data3.metadata;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key2 in data4) {
              if (!(key2 === "annotations" || key2 === "labels")) {
                const err6 = { instancePath: instancePath + "/spec/metadata", schemaPath: "#/properties/spec/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data4.annotations !== void 0) {
              let data5 = data4.annotations;
              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (Object.keys(data5).length > 256) {
                  const err7 = { instancePath: instancePath + "/spec/metadata/annotations", schemaPath: "#/properties/spec/properties/metadata/properties/annotations/maxProperties", keyword: "maxProperties", params: { limit: 256 }, message: "must NOT have more than 256 properties" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
                for (const key3 in data5) {
                  if (typeof data5[key3] !== "string") {
                    const err8 = { instancePath: instancePath + "/spec/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
              } else {
                const err9 = { instancePath: instancePath + "/spec/metadata/annotations", schemaPath: "#/properties/spec/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data4.labels !== void 0) {
              let data7 = data4.labels;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (Object.keys(data7).length > 256) {
                  const err10 = { instancePath: instancePath + "/spec/metadata/labels", schemaPath: "#/properties/spec/properties/metadata/properties/labels/maxProperties", keyword: "maxProperties", params: { limit: 256 }, message: "must NOT have more than 256 properties" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                for (const key4 in data7) {
                  if (typeof data7[key4] !== "string") {
                    const err11 = { instancePath: instancePath + "/spec/metadata/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
              } else {
                const err12 = { instancePath: instancePath + "/spec/metadata/labels", schemaPath: "#/properties/spec/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/spec/metadata", schemaPath: "#/properties/spec/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.probe !== void 0) {
          let data9 = data3.probe;
          const _errs25 = errors;
          let valid5 = false;
          let passing0 = null;
          const _errs26 = errors;
          const _errs27 = errors;
          const _errs28 = errors;
          const _errs29 = errors;
          let valid7 = false;
          const _errs30 = errors;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            let missing0;
            if (data9.httpGet === void 0 && (missing0 = "httpGet")) {
              const err14 = {};
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          var _valid1 = _errs30 === errors;
          valid7 = valid7 || _valid1;
          if (!valid7) {
            const _errs31 = errors;
            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
              let missing1;
              if (data9.tcpSocket === void 0 && (missing1 = "tcpSocket")) {
                const err15 = {};
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            var _valid1 = _errs31 === errors;
            valid7 = valid7 || _valid1;
            if (!valid7) {
              const _errs32 = errors;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                let missing2;
                if (data9.exec === void 0 && (missing2 = "exec")) {
                  const err16 = {};
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs32 === errors;
              valid7 = valid7 || _valid1;
              if (!valid7) {
                const _errs33 = errors;
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                  let missing3;
                  if (data9.grpc === void 0 && (missing3 = "grpc")) {
                    const err17 = {};
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                var _valid1 = _errs33 === errors;
                valid7 = valid7 || _valid1;
              }
            }
          }
          if (!valid7) {
            const err18 = {};
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          } else {
            errors = _errs29;
            if (vErrors !== null) {
              if (_errs29) {
                vErrors.length = _errs29;
              } else {
                vErrors = null;
              }
            }
          }
          var valid6 = _errs28 === errors;
          if (valid6) {
            const err19 = { instancePath: instancePath + "/spec/probe", schemaPath: "#/properties/spec/properties/probe/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          } else {
            errors = _errs27;
            if (vErrors !== null) {
              if (_errs27) {
                vErrors.length = _errs27;
              } else {
                vErrors = null;
              }
            }
          }
          var _valid0 = _errs26 === errors;
          if (_valid0) {
            valid5 = true;
            passing0 = 0;
          }
          const _errs34 = errors;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.httpGet === void 0) {
              const err20 = { instancePath: instancePath + "/spec/probe", schemaPath: "#/properties/spec/properties/probe/oneOf/1/required", keyword: "required", params: { missingProperty: "httpGet" }, message: "must have required property 'httpGet'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          var _valid0 = _errs34 === errors;
          if (_valid0 && valid5) {
            valid5 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid5 = true;
              passing0 = 1;
            }
            const _errs35 = errors;
            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
              if (data9.tcpSocket === void 0) {
                const err21 = { instancePath: instancePath + "/spec/probe", schemaPath: "#/properties/spec/properties/probe/oneOf/2/required", keyword: "required", params: { missingProperty: "tcpSocket" }, message: "must have required property 'tcpSocket'" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            var _valid0 = _errs35 === errors;
            if (_valid0 && valid5) {
              valid5 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid0) {
                valid5 = true;
                passing0 = 2;
              }
              const _errs36 = errors;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (data9.exec === void 0) {
                  const err22 = { instancePath: instancePath + "/spec/probe", schemaPath: "#/properties/spec/properties/probe/oneOf/3/required", keyword: "required", params: { missingProperty: "exec" }, message: "must have required property 'exec'" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs36 === errors;
              if (_valid0 && valid5) {
                valid5 = false;
                passing0 = [passing0, 3];
              } else {
                if (_valid0) {
                  valid5 = true;
                  passing0 = 3;
                }
                const _errs37 = errors;
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                  if (data9.grpc === void 0) {
                    const err23 = { instancePath: instancePath + "/spec/probe", schemaPath: "#/properties/spec/properties/probe/oneOf/4/required", keyword: "required", params: { missingProperty: "grpc" }, message: "must have required property 'grpc'" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs37 === errors;
                if (_valid0 && valid5) {
                  valid5 = false;
                  passing0 = [passing0, 4];
                } else {
                  if (_valid0) {
                    valid5 = true;
                    passing0 = 4;
                  }
                }
              }
            }
          }
          if (!valid5) {
            const err24 = { instancePath: instancePath + "/spec/probe", schemaPath: "#/properties/spec/properties/probe/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          } else {
            errors = _errs25;
            if (vErrors !== null) {
              if (_errs25) {
                vErrors.length = _errs25;
              } else {
                vErrors = null;
              }
            }
          }
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key5 in data9) {
              if (!func2.call(schema12.properties.spec.properties.probe.properties, key5)) {
                const err25 = { instancePath: instancePath + "/spec/probe", schemaPath: "#/properties/spec/properties/probe/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data9.exec !== void 0) {
              let data10 = data9.exec;
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10.command === void 0) {
                  const err26 = { instancePath: instancePath + "/spec/probe/exec", schemaPath: "#/properties/spec/properties/probe/properties/exec/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                for (const key6 in data10) {
                  if (!(key6 === "command")) {
                    const err27 = { instancePath: instancePath + "/spec/probe/exec", schemaPath: "#/properties/spec/properties/probe/properties/exec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data10.command !== void 0) {
                  let data11 = data10.command;
                  if (Array.isArray(data11)) {
                    const len0 = data11.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data12 = data11[i0];
                      if (typeof data12 === "string") {
                        if (func4(data12) < 1) {
                          const err28 = { instancePath: instancePath + "/spec/probe/exec/command/" + i0, schemaPath: "#/properties/spec/properties/probe/properties/exec/properties/command/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err28];
                          } else {
                            vErrors.push(err28);
                          }
                          errors++;
                        }
                      } else {
                        const err29 = { instancePath: instancePath + "/spec/probe/exec/command/" + i0, schemaPath: "#/properties/spec/properties/probe/properties/exec/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err30 = { instancePath: instancePath + "/spec/probe/exec/command", schemaPath: "#/properties/spec/properties/probe/properties/exec/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/spec/probe/exec", schemaPath: "#/properties/spec/properties/probe/properties/exec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data9.failureThreshold !== void 0) {
              let data13 = data9.failureThreshold;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                const err32 = { instancePath: instancePath + "/spec/probe/failureThreshold", schemaPath: "#/properties/spec/properties/probe/properties/failureThreshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              if (typeof data13 == "number" && isFinite(data13)) {
                if (data13 < 0 || isNaN(data13)) {
                  const err33 = { instancePath: instancePath + "/spec/probe/failureThreshold", schemaPath: "#/properties/spec/properties/probe/properties/failureThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                if (!formats10.validate(data13)) {
                  const err34 = { instancePath: instancePath + "/spec/probe/failureThreshold", schemaPath: "#/properties/spec/properties/probe/properties/failureThreshold/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            }
            if (data9.grpc !== void 0) {
              let data14 = data9.grpc;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key7 in data14) {
                  if (!(key7 === "port" || key7 === "service")) {
                    const err35 = { instancePath: instancePath + "/spec/probe/grpc", schemaPath: "#/properties/spec/properties/probe/properties/grpc/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data14.port !== void 0) {
                  let data15 = data14.port;
                  if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                    const err36 = { instancePath: instancePath + "/spec/probe/grpc/port", schemaPath: "#/properties/spec/properties/probe/properties/grpc/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                  if (typeof data15 == "number" && isFinite(data15)) {
                    if (data15 > 4294967295 || isNaN(data15)) {
                      const err37 = { instancePath: instancePath + "/spec/probe/grpc/port", schemaPath: "#/properties/spec/properties/probe/properties/grpc/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                    if (data15 < 0 || isNaN(data15)) {
                      const err38 = { instancePath: instancePath + "/spec/probe/grpc/port", schemaPath: "#/properties/spec/properties/probe/properties/grpc/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  }
                }
                if (data14.service !== void 0) {
                  if (typeof data14.service !== "string") {
                    const err39 = { instancePath: instancePath + "/spec/probe/grpc/service", schemaPath: "#/properties/spec/properties/probe/properties/grpc/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
              } else {
                const err40 = { instancePath: instancePath + "/spec/probe/grpc", schemaPath: "#/properties/spec/properties/probe/properties/grpc/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data9.httpGet !== void 0) {
              let data17 = data9.httpGet;
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.port === void 0) {
                  const err41 = { instancePath: instancePath + "/spec/probe/httpGet", schemaPath: "#/properties/spec/properties/probe/properties/httpGet/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                for (const key8 in data17) {
                  if (!(key8 === "host" || key8 === "httpHeaders" || key8 === "path" || key8 === "port" || key8 === "scheme")) {
                    const err42 = { instancePath: instancePath + "/spec/probe/httpGet", schemaPath: "#/properties/spec/properties/probe/properties/httpGet/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data17.host !== void 0) {
                  if (typeof data17.host !== "string") {
                    const err43 = { instancePath: instancePath + "/spec/probe/httpGet/host", schemaPath: "#/properties/spec/properties/probe/properties/httpGet/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data17.httpHeaders !== void 0) {
                  let data19 = data17.httpHeaders;
                  if (Array.isArray(data19)) {
                    const len1 = data19.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data20 = data19[i1];
                      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                        for (const key9 in data20) {
                          if (!(key9 === "name" || key9 === "value")) {
                            const err44 = { instancePath: instancePath + "/spec/probe/httpGet/httpHeaders/" + i1, schemaPath: "#/properties/spec/properties/probe/properties/httpGet/properties/httpHeaders/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err44];
                            } else {
                              vErrors.push(err44);
                            }
                            errors++;
                          }
                        }
                        if (data20.name !== void 0) {
                          let data21 = data20.name;
                          if (typeof data21 === "string") {
                            if (!pattern0.test(data21)) {
                              const err45 = { instancePath: instancePath + "/spec/probe/httpGet/httpHeaders/" + i1 + "/name", schemaPath: "#/properties/spec/properties/probe/properties/httpGet/properties/httpHeaders/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[-_A-Za-z0-9]+$" }, message: 'must match pattern "^[-_A-Za-z0-9]+$"' };
                              if (vErrors === null) {
                                vErrors = [err45];
                              } else {
                                vErrors.push(err45);
                              }
                              errors++;
                            }
                          } else {
                            const err46 = { instancePath: instancePath + "/spec/probe/httpGet/httpHeaders/" + i1 + "/name", schemaPath: "#/properties/spec/properties/probe/properties/httpGet/properties/httpHeaders/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err46];
                            } else {
                              vErrors.push(err46);
                            }
                            errors++;
                          }
                        }
                        if (data20.value !== void 0) {
                          if (typeof data20.value !== "string") {
                            const err47 = { instancePath: instancePath + "/spec/probe/httpGet/httpHeaders/" + i1 + "/value", schemaPath: "#/properties/spec/properties/probe/properties/httpGet/properties/httpHeaders/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err47];
                            } else {
                              vErrors.push(err47);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err48 = { instancePath: instancePath + "/spec/probe/httpGet/httpHeaders/" + i1, schemaPath: "#/properties/spec/properties/probe/properties/httpGet/properties/httpHeaders/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/spec/probe/httpGet/httpHeaders", schemaPath: "#/properties/spec/properties/probe/properties/httpGet/properties/httpHeaders/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data17.path !== void 0) {
                  if (typeof data17.path !== "string") {
                    const err50 = { instancePath: instancePath + "/spec/probe/httpGet/path", schemaPath: "#/properties/spec/properties/probe/properties/httpGet/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data17.port !== void 0) {
                  let data24 = data17.port;
                  if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                    const err51 = { instancePath: instancePath + "/spec/probe/httpGet/port", schemaPath: "#/properties/spec/properties/probe/properties/httpGet/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                  if (typeof data24 == "number" && isFinite(data24)) {
                    if (data24 > 4294967295 || isNaN(data24)) {
                      const err52 = { instancePath: instancePath + "/spec/probe/httpGet/port", schemaPath: "#/properties/spec/properties/probe/properties/httpGet/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                    if (data24 < 0 || isNaN(data24)) {
                      const err53 = { instancePath: instancePath + "/spec/probe/httpGet/port", schemaPath: "#/properties/spec/properties/probe/properties/httpGet/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  }
                }
                if (data17.scheme !== void 0) {
                  if (typeof data17.scheme !== "string") {
                    const err54 = { instancePath: instancePath + "/spec/probe/httpGet/scheme", schemaPath: "#/properties/spec/properties/probe/properties/httpGet/properties/scheme/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/spec/probe/httpGet", schemaPath: "#/properties/spec/properties/probe/properties/httpGet/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data9.initialDelaySeconds !== void 0) {
              let data26 = data9.initialDelaySeconds;
              if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
                const err56 = { instancePath: instancePath + "/spec/probe/initialDelaySeconds", schemaPath: "#/properties/spec/properties/probe/properties/initialDelaySeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              if (typeof data26 == "number" && isFinite(data26)) {
                if (data26 < 0 || isNaN(data26)) {
                  const err57 = { instancePath: instancePath + "/spec/probe/initialDelaySeconds", schemaPath: "#/properties/spec/properties/probe/properties/initialDelaySeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
                if (!formats10.validate(data26)) {
                  const err58 = { instancePath: instancePath + "/spec/probe/initialDelaySeconds", schemaPath: "#/properties/spec/properties/probe/properties/initialDelaySeconds/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              }
            }
            if (data9.periodSeconds !== void 0) {
              let data27 = data9.periodSeconds;
              if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                const err59 = { instancePath: instancePath + "/spec/probe/periodSeconds", schemaPath: "#/properties/spec/properties/probe/properties/periodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 < 0 || isNaN(data27)) {
                  const err60 = { instancePath: instancePath + "/spec/probe/periodSeconds", schemaPath: "#/properties/spec/properties/probe/properties/periodSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                if (!formats10.validate(data27)) {
                  const err61 = { instancePath: instancePath + "/spec/probe/periodSeconds", schemaPath: "#/properties/spec/properties/probe/properties/periodSeconds/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              }
            }
            if (data9.successThreshold !== void 0) {
              let data28 = data9.successThreshold;
              if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
                const err62 = { instancePath: instancePath + "/spec/probe/successThreshold", schemaPath: "#/properties/spec/properties/probe/properties/successThreshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
              if (typeof data28 == "number" && isFinite(data28)) {
                if (data28 < 0 || isNaN(data28)) {
                  const err63 = { instancePath: instancePath + "/spec/probe/successThreshold", schemaPath: "#/properties/spec/properties/probe/properties/successThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                if (!formats10.validate(data28)) {
                  const err64 = { instancePath: instancePath + "/spec/probe/successThreshold", schemaPath: "#/properties/spec/properties/probe/properties/successThreshold/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              }
            }
            if (data9.tcpSocket !== void 0) {
              let data29 = data9.tcpSocket;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                if (data29.port === void 0) {
                  const err65 = { instancePath: instancePath + "/spec/probe/tcpSocket", schemaPath: "#/properties/spec/properties/probe/properties/tcpSocket/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                for (const key10 in data29) {
                  if (!(key10 === "host" || key10 === "port")) {
                    const err66 = { instancePath: instancePath + "/spec/probe/tcpSocket", schemaPath: "#/properties/spec/properties/probe/properties/tcpSocket/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data29.host !== void 0) {
                  if (typeof data29.host !== "string") {
                    const err67 = { instancePath: instancePath + "/spec/probe/tcpSocket/host", schemaPath: "#/properties/spec/properties/probe/properties/tcpSocket/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data29.port !== void 0) {
                  let data31 = data29.port;
                  if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                    const err68 = { instancePath: instancePath + "/spec/probe/tcpSocket/port", schemaPath: "#/properties/spec/properties/probe/properties/tcpSocket/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                  if (typeof data31 == "number" && isFinite(data31)) {
                    if (data31 > 4294967295 || isNaN(data31)) {
                      const err69 = { instancePath: instancePath + "/spec/probe/tcpSocket/port", schemaPath: "#/properties/spec/properties/probe/properties/tcpSocket/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    if (data31 < 0 || isNaN(data31)) {
                      const err70 = { instancePath: instancePath + "/spec/probe/tcpSocket/port", schemaPath: "#/properties/spec/properties/probe/properties/tcpSocket/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err71 = { instancePath: instancePath + "/spec/probe/tcpSocket", schemaPath: "#/properties/spec/properties/probe/properties/tcpSocket/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data9.timeoutSeconds !== void 0) {
              let data32 = data9.timeoutSeconds;
              if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
                const err72 = { instancePath: instancePath + "/spec/probe/timeoutSeconds", schemaPath: "#/properties/spec/properties/probe/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              if (typeof data32 == "number" && isFinite(data32)) {
                if (data32 < 0 || isNaN(data32)) {
                  const err73 = { instancePath: instancePath + "/spec/probe/timeoutSeconds", schemaPath: "#/properties/spec/properties/probe/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
                if (!formats10.validate(data32)) {
                  const err74 = { instancePath: instancePath + "/spec/probe/timeoutSeconds", schemaPath: "#/properties/spec/properties/probe/properties/timeoutSeconds/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/spec/probe", schemaPath: "#/properties/spec/properties/probe/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data3.template !== void 0) {
          let data33 = data3.template;
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            for (const key11 in data33) {
              if (!(key11 === "address" || key11 === "labels" || key11 === "locality" || key11 === "network" || key11 === "ports" || key11 === "serviceAccount" || key11 === "weight")) {
                const err76 = { instancePath: instancePath + "/spec/template", schemaPath: "#/properties/spec/properties/template/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data33.address !== void 0) {
              let data34 = data33.address;
              if (typeof data34 === "string") {
                if (func4(data34) > 256) {
                  const err77 = { instancePath: instancePath + "/spec/template/address", schemaPath: "#/properties/spec/properties/template/properties/address/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = { instancePath: instancePath + "/spec/template/address", schemaPath: "#/properties/spec/properties/template/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data33.labels !== void 0) {
              let data35 = data33.labels;
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                if (Object.keys(data35).length > 256) {
                  const err79 = { instancePath: instancePath + "/spec/template/labels", schemaPath: "#/properties/spec/properties/template/properties/labels/maxProperties", keyword: "maxProperties", params: { limit: 256 }, message: "must NOT have more than 256 properties" };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                for (const key12 in data35) {
                  if (typeof data35[key12] !== "string") {
                    const err80 = { instancePath: instancePath + "/spec/template/labels/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/template/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
              } else {
                const err81 = { instancePath: instancePath + "/spec/template/labels", schemaPath: "#/properties/spec/properties/template/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data33.locality !== void 0) {
              let data37 = data33.locality;
              if (typeof data37 === "string") {
                if (func4(data37) > 2048) {
                  const err82 = { instancePath: instancePath + "/spec/template/locality", schemaPath: "#/properties/spec/properties/template/properties/locality/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = { instancePath: instancePath + "/spec/template/locality", schemaPath: "#/properties/spec/properties/template/properties/locality/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data33.network !== void 0) {
              let data38 = data33.network;
              if (typeof data38 === "string") {
                if (func4(data38) > 2048) {
                  const err84 = { instancePath: instancePath + "/spec/template/network", schemaPath: "#/properties/spec/properties/template/properties/network/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              } else {
                const err85 = { instancePath: instancePath + "/spec/template/network", schemaPath: "#/properties/spec/properties/template/properties/network/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data33.ports !== void 0) {
              let data39 = data33.ports;
              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                if (Object.keys(data39).length > 128) {
                  const err86 = { instancePath: instancePath + "/spec/template/ports", schemaPath: "#/properties/spec/properties/template/properties/ports/maxProperties", keyword: "maxProperties", params: { limit: 128 }, message: "must NOT have more than 128 properties" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
                for (const key13 in data39) {
                  let data40 = data39[key13];
                  if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
                    const err87 = { instancePath: instancePath + "/spec/template/ports/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/template/properties/ports/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                  if (typeof data40 == "number" && isFinite(data40)) {
                    if (data40 > 4294967295 || isNaN(data40)) {
                      const err88 = { instancePath: instancePath + "/spec/template/ports/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/template/properties/ports/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                    if (data40 < 0 || isNaN(data40)) {
                      const err89 = { instancePath: instancePath + "/spec/template/ports/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/template/properties/ports/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err90 = { instancePath: instancePath + "/spec/template/ports", schemaPath: "#/properties/spec/properties/template/properties/ports/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data33.serviceAccount !== void 0) {
              let data41 = data33.serviceAccount;
              if (typeof data41 === "string") {
                if (func4(data41) > 253) {
                  const err91 = { instancePath: instancePath + "/spec/template/serviceAccount", schemaPath: "#/properties/spec/properties/template/properties/serviceAccount/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters" };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = { instancePath: instancePath + "/spec/template/serviceAccount", schemaPath: "#/properties/spec/properties/template/properties/serviceAccount/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data33.weight !== void 0) {
              let data42 = data33.weight;
              if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
                const err93 = { instancePath: instancePath + "/spec/template/weight", schemaPath: "#/properties/spec/properties/template/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
              if (typeof data42 == "number" && isFinite(data42)) {
                if (data42 > 4294967295 || isNaN(data42)) {
                  const err94 = { instancePath: instancePath + "/spec/template/weight", schemaPath: "#/properties/spec/properties/template/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
                if (data42 < 0 || isNaN(data42)) {
                  const err95 = { instancePath: instancePath + "/spec/template/weight", schemaPath: "#/properties/spec/properties/template/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err96 = { instancePath: instancePath + "/spec/template", schemaPath: "#/properties/spec/properties/template/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
      } else {
        const err97 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data43 = data.status;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        if (data43.conditions !== void 0) {
          let data44 = data43.conditions;
          if (Array.isArray(data44)) {
            const len2 = data44.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data45 = data44[i2];
              if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                for (const key14 in data45) {
                  if (!(key14 === "lastProbeTime" || key14 === "lastTransitionTime" || key14 === "message" || key14 === "observedGeneration" || key14 === "reason" || key14 === "status" || key14 === "type")) {
                    const err98 = { instancePath: instancePath + "/status/conditions/" + i2, schemaPath: "#/properties/status/properties/conditions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (data45.lastProbeTime !== void 0) {
                  let data46 = data45.lastProbeTime;
                  if (typeof data46 === "string") {
                    if (!formats0(data46)) {
                      const err99 = { instancePath: instancePath + "/status/conditions/" + i2 + "/lastProbeTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastProbeTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  } else {
                    const err100 = { instancePath: instancePath + "/status/conditions/" + i2 + "/lastProbeTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastProbeTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
                if (data45.lastTransitionTime !== void 0) {
                  let data47 = data45.lastTransitionTime;
                  if (typeof data47 === "string") {
                    if (!formats0(data47)) {
                      const err101 = { instancePath: instancePath + "/status/conditions/" + i2 + "/lastTransitionTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastTransitionTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                  } else {
                    const err102 = { instancePath: instancePath + "/status/conditions/" + i2 + "/lastTransitionTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastTransitionTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data45.message !== void 0) {
                  if (typeof data45.message !== "string") {
                    const err103 = { instancePath: instancePath + "/status/conditions/" + i2 + "/message", schemaPath: "#/properties/status/properties/conditions/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
                if (data45.observedGeneration !== void 0) {
                  let data49 = data45.observedGeneration;
                  const _errs127 = errors;
                  let valid25 = false;
                  const _errs128 = errors;
                  if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
                    const err104 = { instancePath: instancePath + "/status/conditions/" + i2 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                  var _valid2 = _errs128 === errors;
                  valid25 = valid25 || _valid2;
                  if (!valid25) {
                    const _errs130 = errors;
                    if (typeof data49 !== "string") {
                      const err105 = { instancePath: instancePath + "/status/conditions/" + i2 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                    var _valid2 = _errs130 === errors;
                    valid25 = valid25 || _valid2;
                  }
                  if (!valid25) {
                    const err106 = { instancePath: instancePath + "/status/conditions/" + i2 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  } else {
                    errors = _errs127;
                    if (vErrors !== null) {
                      if (_errs127) {
                        vErrors.length = _errs127;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data45.reason !== void 0) {
                  if (typeof data45.reason !== "string") {
                    const err107 = { instancePath: instancePath + "/status/conditions/" + i2 + "/reason", schemaPath: "#/properties/status/properties/conditions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
                if (data45.status !== void 0) {
                  if (typeof data45.status !== "string") {
                    const err108 = { instancePath: instancePath + "/status/conditions/" + i2 + "/status", schemaPath: "#/properties/status/properties/conditions/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
                if (data45.type !== void 0) {
                  if (typeof data45.type !== "string") {
                    const err109 = { instancePath: instancePath + "/status/conditions/" + i2 + "/type", schemaPath: "#/properties/status/properties/conditions/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
              } else {
                const err110 = { instancePath: instancePath + "/status/conditions/" + i2, schemaPath: "#/properties/status/properties/conditions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
          } else {
            const err111 = { instancePath: instancePath + "/status/conditions", schemaPath: "#/properties/status/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
        if (data43.observedGeneration !== void 0) {
          let data53 = data43.observedGeneration;
          const _errs139 = errors;
          let valid26 = false;
          const _errs140 = errors;
          if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)) && isFinite(data53))) {
            const err112 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
          var _valid3 = _errs140 === errors;
          valid26 = valid26 || _valid3;
          if (!valid26) {
            const _errs142 = errors;
            if (typeof data53 !== "string") {
              const err113 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
            var _valid3 = _errs142 === errors;
            valid26 = valid26 || _valid3;
          }
          if (!valid26) {
            const err114 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          } else {
            errors = _errs139;
            if (vErrors !== null) {
              if (_errs139) {
                vErrors.length = _errs139;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data43.validationMessages !== void 0) {
          let data54 = data43.validationMessages;
          if (Array.isArray(data54)) {
            const len3 = data54.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data55 = data54[i3];
              if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                for (const key15 in data55) {
                  if (!(key15 === "documentationUrl" || key15 === "level" || key15 === "type")) {
                    const err115 = { instancePath: instancePath + "/status/validationMessages/" + i3, schemaPath: "#/properties/status/properties/validationMessages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
                if (data55.documentationUrl !== void 0) {
                  if (typeof data55.documentationUrl !== "string") {
                    const err116 = { instancePath: instancePath + "/status/validationMessages/" + i3 + "/documentationUrl", schemaPath: "#/properties/status/properties/validationMessages/items/properties/documentationUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                }
                if (data55.level !== void 0) {
                  let data57 = data55.level;
                  if (typeof data57 !== "string") {
                    const err117 = { instancePath: instancePath + "/status/validationMessages/" + i3 + "/level", schemaPath: "#/properties/status/properties/validationMessages/items/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                  if (!(data57 === "UNKNOWN" || data57 === "ERROR" || data57 === "WARNING" || data57 === "INFO")) {
                    const err118 = { instancePath: instancePath + "/status/validationMessages/" + i3 + "/level", schemaPath: "#/properties/status/properties/validationMessages/items/properties/level/enum", keyword: "enum", params: { allowedValues: schema12.properties.status.properties.validationMessages.items.properties.level.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (data55.type !== void 0) {
                  let data58 = data55.type;
                  if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                    for (const key16 in data58) {
                      if (!(key16 === "code" || key16 === "name")) {
                        const err119 = { instancePath: instancePath + "/status/validationMessages/" + i3 + "/type", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err119];
                        } else {
                          vErrors.push(err119);
                        }
                        errors++;
                      }
                    }
                    if (data58.code !== void 0) {
                      if (typeof data58.code !== "string") {
                        const err120 = { instancePath: instancePath + "/status/validationMessages/" + i3 + "/type/code", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err120];
                        } else {
                          vErrors.push(err120);
                        }
                        errors++;
                      }
                    }
                    if (data58.name !== void 0) {
                      if (typeof data58.name !== "string") {
                        const err121 = { instancePath: instancePath + "/status/validationMessages/" + i3 + "/type/name", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err121];
                        } else {
                          vErrors.push(err121);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err122 = { instancePath: instancePath + "/status/validationMessages/" + i3 + "/type", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                }
              } else {
                const err123 = { instancePath: instancePath + "/status/validationMessages/" + i3, schemaPath: "#/properties/status/properties/validationMessages/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
            }
          } else {
            const err124 = { instancePath: instancePath + "/status/validationMessages", schemaPath: "#/properties/status/properties/validationMessages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
      } else {
        const err125 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err125];
        } else {
          vErrors.push(err125);
        }
        errors++;
      }
    }
  } else {
    const err126 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err126];
    } else {
      vErrors.push(err126);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
export {
  validate
};
