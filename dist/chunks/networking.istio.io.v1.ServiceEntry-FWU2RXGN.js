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

// src/plan/schemas/validators/networking.istio.io.v1.ServiceEntry.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validate = validate11;
var schema12 = { "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "metadata": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta" }, "spec": { "properties": { "addresses": { "items": { "maxLength": 64, "type": "string" }, "maxItems": 256, "type": "array" }, "endpoints": { "items": { "properties": { "address": { "maxLength": 256, "type": "string", "x-kubernetes-validations": [{ "message": "UDS must be an absolute path or abstract socket", "rule": 'self.startsWith("unix://") ? (self.substring(7, 8) == "/" || self.substring(7, 8) == "@") : true' }, { "message": "UDS may not be a dir", "rule": 'self.startsWith("unix://") ? !self.endsWith("/") : true' }] }, "labels": { "additionalProperties": { "type": "string" }, "maxProperties": 256, "type": "object" }, "locality": { "maxLength": 2048, "type": "string" }, "network": { "maxLength": 2048, "type": "string" }, "ports": { "additionalProperties": { "maximum": 4294967295, "minimum": 0, "type": "integer", "x-kubernetes-validations": [{ "message": "port must be between 1-65535", "rule": "0 < self && self <= 65535" }] }, "maxProperties": 128, "type": "object", "x-kubernetes-validations": [{ "message": "port name must be valid", "rule": 'self.all(key, size(key) < 63 && key.matches("^[a-zA-Z0-9](?:[-a-zA-Z0-9]*[a-zA-Z0-9])?$"))' }] }, "serviceAccount": { "maxLength": 253, "type": "string" }, "weight": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "type": "object", "x-kubernetes-validations": [{ "message": "Address is required", "rule": "has(self.address) || has(self.network)" }, { "message": "UDS may not include ports", "rule": '(has(self.address) ? self.address : "").startsWith("unix://") ? !has(self.ports) : true' }], "additionalProperties": false }, "maxItems": 4096, "type": "array" }, "exportTo": { "items": { "type": "string" }, "type": "array" }, "hosts": { "items": { "type": "string", "x-kubernetes-validations": [{ "message": "hostname cannot be wildcard", "rule": 'self != "*"' }] }, "maxItems": 256, "minItems": 1, "type": "array" }, "location": { "enum": ["MESH_EXTERNAL", "MESH_INTERNAL"], "type": "string" }, "ports": { "items": { "properties": { "name": { "maxLength": 256, "type": "string" }, "number": { "maximum": 4294967295, "minimum": 0, "type": "integer", "x-kubernetes-validations": [{ "message": "port must be between 1-65535", "rule": "0 < self && self <= 65535" }] }, "protocol": { "maxLength": 256, "type": "string" }, "targetPort": { "maximum": 4294967295, "minimum": 0, "type": "integer", "x-kubernetes-validations": [{ "message": "port must be between 1-65535", "rule": "0 < self && self <= 65535" }] } }, "required": ["number", "name"], "type": "object", "additionalProperties": false }, "maxItems": 256, "type": "array", "x-kubernetes-list-map-keys": ["name"], "x-kubernetes-list-type": "map", "x-kubernetes-validations": [{ "message": "port number cannot be duplicated", "rule": "self.all(l1, self.exists_one(l2, l1.number == l2.number))" }] }, "resolution": { "enum": ["NONE", "STATIC", "DNS", "DNS_ROUND_ROBIN", "DYNAMIC_DNS"], "type": "string" }, "subjectAltNames": { "items": { "type": "string" }, "type": "array" }, "workloadSelector": { "properties": { "labels": { "additionalProperties": { "maxLength": 63, "type": "string", "x-kubernetes-validations": [{ "message": "wildcard is not supported in selector", "rule": '!self.contains("*")' }] }, "maxProperties": 256, "type": "object" } }, "type": "object", "additionalProperties": false } }, "required": ["hosts"], "type": "object", "x-kubernetes-validations": [{ "message": "only one of WorkloadSelector or Endpoints can be set", "rule": "(has(self.workloadSelector) ? 1 : 0) + (has(self.endpoints) ? 1 : 0) <= 1" }, { "message": "CIDR addresses are allowed only for NONE/STATIC resolution types", "rule": '!((has(self.addresses) ? self.addresses : []).exists(k, k.contains("/")) && !((has(self.resolution) ? self.resolution : "NONE") in ["STATIC", "NONE"]))' }, { "message": "NONE mode cannot set endpoints", "rule": '((has(self.resolution) ? self.resolution : "NONE") == "NONE") ? !has(self.endpoints) : true' }, { "message": "DNS_ROUND_ROBIN mode cannot have multiple endpoints", "rule": '((has(self.resolution) ? self.resolution : "") == "DNS_ROUND_ROBIN") ? ((has(self.endpoints) ? self.endpoints : []).size() <= 1) : true' }], "additionalProperties": false }, "status": { "properties": { "conditions": { "items": { "properties": { "lastProbeTime": { "format": "date-time", "type": "string" }, "lastTransitionTime": { "format": "date-time", "type": "string" }, "message": { "type": "string" }, "observedGeneration": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "reason": { "type": "string" }, "status": { "type": "string" }, "type": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "observedGeneration": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "validationMessages": { "items": { "properties": { "documentationUrl": { "type": "string" }, "level": { "enum": ["UNKNOWN", "ERROR", "WARNING", "INFO"], "type": "string" }, "type": { "properties": { "code": { "type": "string" }, "name": { "type": "string" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "type": "array" } }, "type": "object", "x-kubernetes-preserve-unknown-fields": true } }, "required": ["spec"], "type": "object", "additionalProperties": false };
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
        if (data3.hosts === void 0) {
          const err4 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property 'hosts'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!func2.call(schema12.properties.spec.properties, key1)) {
            const err5 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data3.addresses !== void 0) {
          let data4 = data3.addresses;
          if (Array.isArray(data4)) {
            if (data4.length > 256) {
              const err6 = { instancePath: instancePath + "/spec/addresses", schemaPath: "#/properties/spec/properties/addresses/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 === "string") {
                if (func4(data5) > 64) {
                  const err7 = { instancePath: instancePath + "/spec/addresses/" + i0, schemaPath: "#/properties/spec/properties/addresses/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/spec/addresses/" + i0, schemaPath: "#/properties/spec/properties/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/spec/addresses", schemaPath: "#/properties/spec/properties/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.endpoints !== void 0) {
          let data6 = data3.endpoints;
          if (Array.isArray(data6)) {
            if (data6.length > 4096) {
              const err10 = { instancePath: instancePath + "/spec/endpoints", schemaPath: "#/properties/spec/properties/endpoints/maxItems", keyword: "maxItems", params: { limit: 4096 }, message: "must NOT have more than 4096 items" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data7 = data6[i1];
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key2 in data7) {
                  if (!(key2 === "address" || key2 === "labels" || key2 === "locality" || key2 === "network" || key2 === "ports" || key2 === "serviceAccount" || key2 === "weight")) {
                    const err11 = { instancePath: instancePath + "/spec/endpoints/" + i1, schemaPath: "#/properties/spec/properties/endpoints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data7.address !== void 0) {
                  let data8 = data7.address;
                  if (typeof data8 === "string") {
                    if (func4(data8) > 256) {
                      const err12 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/address", schemaPath: "#/properties/spec/properties/endpoints/items/properties/address/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                  } else {
                    const err13 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/address", schemaPath: "#/properties/spec/properties/endpoints/items/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data7.labels !== void 0) {
                  let data9 = data7.labels;
                  if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    if (Object.keys(data9).length > 256) {
                      const err14 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/labels", schemaPath: "#/properties/spec/properties/endpoints/items/properties/labels/maxProperties", keyword: "maxProperties", params: { limit: 256 }, message: "must NOT have more than 256 properties" };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                    for (const key3 in data9) {
                      if (typeof data9[key3] !== "string") {
                        const err15 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/endpoints/items/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err15];
                        } else {
                          vErrors.push(err15);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/labels", schemaPath: "#/properties/spec/properties/endpoints/items/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                if (data7.locality !== void 0) {
                  let data11 = data7.locality;
                  if (typeof data11 === "string") {
                    if (func4(data11) > 2048) {
                      const err17 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/locality", schemaPath: "#/properties/spec/properties/endpoints/items/properties/locality/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                  } else {
                    const err18 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/locality", schemaPath: "#/properties/spec/properties/endpoints/items/properties/locality/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data7.network !== void 0) {
                  let data12 = data7.network;
                  if (typeof data12 === "string") {
                    if (func4(data12) > 2048) {
                      const err19 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/network", schemaPath: "#/properties/spec/properties/endpoints/items/properties/network/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  } else {
                    const err20 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/network", schemaPath: "#/properties/spec/properties/endpoints/items/properties/network/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data7.ports !== void 0) {
                  let data13 = data7.ports;
                  if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (Object.keys(data13).length > 128) {
                      const err21 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/ports", schemaPath: "#/properties/spec/properties/endpoints/items/properties/ports/maxProperties", keyword: "maxProperties", params: { limit: 128 }, message: "must NOT have more than 128 properties" };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    for (const key4 in data13) {
                      let data14 = data13[key4];
                      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                        const err22 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/ports/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/endpoints/items/properties/ports/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                      if (typeof data14 == "number" && isFinite(data14)) {
                        if (data14 > 4294967295 || isNaN(data14)) {
                          const err23 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/ports/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/endpoints/items/properties/ports/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                          if (vErrors === null) {
                            vErrors = [err23];
                          } else {
                            vErrors.push(err23);
                          }
                          errors++;
                        }
                        if (data14 < 0 || isNaN(data14)) {
                          const err24 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/ports/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/endpoints/items/properties/ports/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err24];
                          } else {
                            vErrors.push(err24);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/ports", schemaPath: "#/properties/spec/properties/endpoints/items/properties/ports/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data7.serviceAccount !== void 0) {
                  let data15 = data7.serviceAccount;
                  if (typeof data15 === "string") {
                    if (func4(data15) > 253) {
                      const err26 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/serviceAccount", schemaPath: "#/properties/spec/properties/endpoints/items/properties/serviceAccount/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters" };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  } else {
                    const err27 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/serviceAccount", schemaPath: "#/properties/spec/properties/endpoints/items/properties/serviceAccount/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data7.weight !== void 0) {
                  let data16 = data7.weight;
                  if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                    const err28 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/weight", schemaPath: "#/properties/spec/properties/endpoints/items/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                  if (typeof data16 == "number" && isFinite(data16)) {
                    if (data16 > 4294967295 || isNaN(data16)) {
                      const err29 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/weight", schemaPath: "#/properties/spec/properties/endpoints/items/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                    if (data16 < 0 || isNaN(data16)) {
                      const err30 = { instancePath: instancePath + "/spec/endpoints/" + i1 + "/weight", schemaPath: "#/properties/spec/properties/endpoints/items/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/spec/endpoints/" + i1, schemaPath: "#/properties/spec/properties/endpoints/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/spec/endpoints", schemaPath: "#/properties/spec/properties/endpoints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data3.exportTo !== void 0) {
          let data17 = data3.exportTo;
          if (Array.isArray(data17)) {
            const len2 = data17.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data17[i2] !== "string") {
                const err33 = { instancePath: instancePath + "/spec/exportTo/" + i2, schemaPath: "#/properties/spec/properties/exportTo/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/spec/exportTo", schemaPath: "#/properties/spec/properties/exportTo/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data3.hosts !== void 0) {
          let data19 = data3.hosts;
          if (Array.isArray(data19)) {
            if (data19.length > 256) {
              const err35 = { instancePath: instancePath + "/spec/hosts", schemaPath: "#/properties/spec/properties/hosts/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data19.length < 1) {
              const err36 = { instancePath: instancePath + "/spec/hosts", schemaPath: "#/properties/spec/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            const len3 = data19.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data19[i3] !== "string") {
                const err37 = { instancePath: instancePath + "/spec/hosts/" + i3, schemaPath: "#/properties/spec/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/spec/hosts", schemaPath: "#/properties/spec/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data3.location !== void 0) {
          let data21 = data3.location;
          if (typeof data21 !== "string") {
            const err39 = { instancePath: instancePath + "/spec/location", schemaPath: "#/properties/spec/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (!(data21 === "MESH_EXTERNAL" || data21 === "MESH_INTERNAL")) {
            const err40 = { instancePath: instancePath + "/spec/location", schemaPath: "#/properties/spec/properties/location/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.location.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data3.ports !== void 0) {
          let data22 = data3.ports;
          if (Array.isArray(data22)) {
            if (data22.length > 256) {
              const err41 = { instancePath: instancePath + "/spec/ports", schemaPath: "#/properties/spec/properties/ports/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            const len4 = data22.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data23 = data22[i4];
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                if (data23.number === void 0) {
                  const err42 = { instancePath: instancePath + "/spec/ports/" + i4, schemaPath: "#/properties/spec/properties/ports/items/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                if (data23.name === void 0) {
                  const err43 = { instancePath: instancePath + "/spec/ports/" + i4, schemaPath: "#/properties/spec/properties/ports/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                for (const key5 in data23) {
                  if (!(key5 === "name" || key5 === "number" || key5 === "protocol" || key5 === "targetPort")) {
                    const err44 = { instancePath: instancePath + "/spec/ports/" + i4, schemaPath: "#/properties/spec/properties/ports/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data23.name !== void 0) {
                  let data24 = data23.name;
                  if (typeof data24 === "string") {
                    if (func4(data24) > 256) {
                      const err45 = { instancePath: instancePath + "/spec/ports/" + i4 + "/name", schemaPath: "#/properties/spec/properties/ports/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/spec/ports/" + i4 + "/name", schemaPath: "#/properties/spec/properties/ports/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data23.number !== void 0) {
                  let data25 = data23.number;
                  if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                    const err47 = { instancePath: instancePath + "/spec/ports/" + i4 + "/number", schemaPath: "#/properties/spec/properties/ports/items/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                  if (typeof data25 == "number" && isFinite(data25)) {
                    if (data25 > 4294967295 || isNaN(data25)) {
                      const err48 = { instancePath: instancePath + "/spec/ports/" + i4 + "/number", schemaPath: "#/properties/spec/properties/ports/items/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    if (data25 < 0 || isNaN(data25)) {
                      const err49 = { instancePath: instancePath + "/spec/ports/" + i4 + "/number", schemaPath: "#/properties/spec/properties/ports/items/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                  }
                }
                if (data23.protocol !== void 0) {
                  let data26 = data23.protocol;
                  if (typeof data26 === "string") {
                    if (func4(data26) > 256) {
                      const err50 = { instancePath: instancePath + "/spec/ports/" + i4 + "/protocol", schemaPath: "#/properties/spec/properties/ports/items/properties/protocol/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  } else {
                    const err51 = { instancePath: instancePath + "/spec/ports/" + i4 + "/protocol", schemaPath: "#/properties/spec/properties/ports/items/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data23.targetPort !== void 0) {
                  let data27 = data23.targetPort;
                  if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                    const err52 = { instancePath: instancePath + "/spec/ports/" + i4 + "/targetPort", schemaPath: "#/properties/spec/properties/ports/items/properties/targetPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                  if (typeof data27 == "number" && isFinite(data27)) {
                    if (data27 > 4294967295 || isNaN(data27)) {
                      const err53 = { instancePath: instancePath + "/spec/ports/" + i4 + "/targetPort", schemaPath: "#/properties/spec/properties/ports/items/properties/targetPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                    if (data27 < 0 || isNaN(data27)) {
                      const err54 = { instancePath: instancePath + "/spec/ports/" + i4 + "/targetPort", schemaPath: "#/properties/spec/properties/ports/items/properties/targetPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/spec/ports/" + i4, schemaPath: "#/properties/spec/properties/ports/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/spec/ports", schemaPath: "#/properties/spec/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data3.resolution !== void 0) {
          let data28 = data3.resolution;
          if (typeof data28 !== "string") {
            const err57 = { instancePath: instancePath + "/spec/resolution", schemaPath: "#/properties/spec/properties/resolution/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (!(data28 === "NONE" || data28 === "STATIC" || data28 === "DNS" || data28 === "DNS_ROUND_ROBIN" || data28 === "DYNAMIC_DNS")) {
            const err58 = { instancePath: instancePath + "/spec/resolution", schemaPath: "#/properties/spec/properties/resolution/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.resolution.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data3.subjectAltNames !== void 0) {
          let data29 = data3.subjectAltNames;
          if (Array.isArray(data29)) {
            const len5 = data29.length;
            for (let i5 = 0; i5 < len5; i5++) {
              if (typeof data29[i5] !== "string") {
                const err59 = { instancePath: instancePath + "/spec/subjectAltNames/" + i5, schemaPath: "#/properties/spec/properties/subjectAltNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/spec/subjectAltNames", schemaPath: "#/properties/spec/properties/subjectAltNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data3.workloadSelector !== void 0) {
          let data31 = data3.workloadSelector;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            for (const key6 in data31) {
              if (!(key6 === "labels")) {
                const err61 = { instancePath: instancePath + "/spec/workloadSelector", schemaPath: "#/properties/spec/properties/workloadSelector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data31.labels !== void 0) {
              let data32 = data31.labels;
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (Object.keys(data32).length > 256) {
                  const err62 = { instancePath: instancePath + "/spec/workloadSelector/labels", schemaPath: "#/properties/spec/properties/workloadSelector/properties/labels/maxProperties", keyword: "maxProperties", params: { limit: 256 }, message: "must NOT have more than 256 properties" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                for (const key7 in data32) {
                  let data33 = data32[key7];
                  if (typeof data33 === "string") {
                    if (func4(data33) > 63) {
                      const err63 = { instancePath: instancePath + "/spec/workloadSelector/labels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/workloadSelector/properties/labels/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  } else {
                    const err64 = { instancePath: instancePath + "/spec/workloadSelector/labels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/workloadSelector/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
              } else {
                const err65 = { instancePath: instancePath + "/spec/workloadSelector/labels", schemaPath: "#/properties/spec/properties/workloadSelector/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/spec/workloadSelector", schemaPath: "#/properties/spec/properties/workloadSelector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data34 = data.status;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        if (data34.conditions !== void 0) {
          let data35 = data34.conditions;
          if (Array.isArray(data35)) {
            const len6 = data35.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data36 = data35[i6];
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                for (const key8 in data36) {
                  if (!(key8 === "lastProbeTime" || key8 === "lastTransitionTime" || key8 === "message" || key8 === "observedGeneration" || key8 === "reason" || key8 === "status" || key8 === "type")) {
                    const err68 = { instancePath: instancePath + "/status/conditions/" + i6, schemaPath: "#/properties/status/properties/conditions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data36.lastProbeTime !== void 0) {
                  let data37 = data36.lastProbeTime;
                  if (typeof data37 === "string") {
                    if (!formats0(data37)) {
                      const err69 = { instancePath: instancePath + "/status/conditions/" + i6 + "/lastProbeTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastProbeTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  } else {
                    const err70 = { instancePath: instancePath + "/status/conditions/" + i6 + "/lastProbeTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastProbeTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data36.lastTransitionTime !== void 0) {
                  let data38 = data36.lastTransitionTime;
                  if (typeof data38 === "string") {
                    if (!formats0(data38)) {
                      const err71 = { instancePath: instancePath + "/status/conditions/" + i6 + "/lastTransitionTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastTransitionTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  } else {
                    const err72 = { instancePath: instancePath + "/status/conditions/" + i6 + "/lastTransitionTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastTransitionTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data36.message !== void 0) {
                  if (typeof data36.message !== "string") {
                    const err73 = { instancePath: instancePath + "/status/conditions/" + i6 + "/message", schemaPath: "#/properties/status/properties/conditions/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data36.observedGeneration !== void 0) {
                  let data40 = data36.observedGeneration;
                  const _errs90 = errors;
                  let valid24 = false;
                  const _errs91 = errors;
                  if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
                    const err74 = { instancePath: instancePath + "/status/conditions/" + i6 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                  var _valid0 = _errs91 === errors;
                  valid24 = valid24 || _valid0;
                  if (!valid24) {
                    const _errs93 = errors;
                    if (typeof data40 !== "string") {
                      const err75 = { instancePath: instancePath + "/status/conditions/" + i6 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                    var _valid0 = _errs93 === errors;
                    valid24 = valid24 || _valid0;
                  }
                  if (!valid24) {
                    const err76 = { instancePath: instancePath + "/status/conditions/" + i6 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  } else {
                    errors = _errs90;
                    if (vErrors !== null) {
                      if (_errs90) {
                        vErrors.length = _errs90;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data36.reason !== void 0) {
                  if (typeof data36.reason !== "string") {
                    const err77 = { instancePath: instancePath + "/status/conditions/" + i6 + "/reason", schemaPath: "#/properties/status/properties/conditions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data36.status !== void 0) {
                  if (typeof data36.status !== "string") {
                    const err78 = { instancePath: instancePath + "/status/conditions/" + i6 + "/status", schemaPath: "#/properties/status/properties/conditions/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data36.type !== void 0) {
                  if (typeof data36.type !== "string") {
                    const err79 = { instancePath: instancePath + "/status/conditions/" + i6 + "/type", schemaPath: "#/properties/status/properties/conditions/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
              } else {
                const err80 = { instancePath: instancePath + "/status/conditions/" + i6, schemaPath: "#/properties/status/properties/conditions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/status/conditions", schemaPath: "#/properties/status/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data34.observedGeneration !== void 0) {
          let data44 = data34.observedGeneration;
          const _errs102 = errors;
          let valid25 = false;
          const _errs103 = errors;
          if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
            const err82 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
          var _valid1 = _errs103 === errors;
          valid25 = valid25 || _valid1;
          if (!valid25) {
            const _errs105 = errors;
            if (typeof data44 !== "string") {
              const err83 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            var _valid1 = _errs105 === errors;
            valid25 = valid25 || _valid1;
          }
          if (!valid25) {
            const err84 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          } else {
            errors = _errs102;
            if (vErrors !== null) {
              if (_errs102) {
                vErrors.length = _errs102;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data34.validationMessages !== void 0) {
          let data45 = data34.validationMessages;
          if (Array.isArray(data45)) {
            const len7 = data45.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data46 = data45[i7];
              if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                for (const key9 in data46) {
                  if (!(key9 === "documentationUrl" || key9 === "level" || key9 === "type")) {
                    const err85 = { instancePath: instancePath + "/status/validationMessages/" + i7, schemaPath: "#/properties/status/properties/validationMessages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
                if (data46.documentationUrl !== void 0) {
                  if (typeof data46.documentationUrl !== "string") {
                    const err86 = { instancePath: instancePath + "/status/validationMessages/" + i7 + "/documentationUrl", schemaPath: "#/properties/status/properties/validationMessages/items/properties/documentationUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                if (data46.level !== void 0) {
                  let data48 = data46.level;
                  if (typeof data48 !== "string") {
                    const err87 = { instancePath: instancePath + "/status/validationMessages/" + i7 + "/level", schemaPath: "#/properties/status/properties/validationMessages/items/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                  if (!(data48 === "UNKNOWN" || data48 === "ERROR" || data48 === "WARNING" || data48 === "INFO")) {
                    const err88 = { instancePath: instancePath + "/status/validationMessages/" + i7 + "/level", schemaPath: "#/properties/status/properties/validationMessages/items/properties/level/enum", keyword: "enum", params: { allowedValues: schema12.properties.status.properties.validationMessages.items.properties.level.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (data46.type !== void 0) {
                  let data49 = data46.type;
                  if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                    for (const key10 in data49) {
                      if (!(key10 === "code" || key10 === "name")) {
                        const err89 = { instancePath: instancePath + "/status/validationMessages/" + i7 + "/type", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err89];
                        } else {
                          vErrors.push(err89);
                        }
                        errors++;
                      }
                    }
                    if (data49.code !== void 0) {
                      if (typeof data49.code !== "string") {
                        const err90 = { instancePath: instancePath + "/status/validationMessages/" + i7 + "/type/code", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                    if (data49.name !== void 0) {
                      if (typeof data49.name !== "string") {
                        const err91 = { instancePath: instancePath + "/status/validationMessages/" + i7 + "/type/name", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err91];
                        } else {
                          vErrors.push(err91);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err92 = { instancePath: instancePath + "/status/validationMessages/" + i7 + "/type", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
              } else {
                const err93 = { instancePath: instancePath + "/status/validationMessages/" + i7, schemaPath: "#/properties/status/properties/validationMessages/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
          } else {
            const err94 = { instancePath: instancePath + "/status/validationMessages", schemaPath: "#/properties/status/properties/validationMessages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
      } else {
        const err95 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
  } else {
    const err96 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err96];
    } else {
      vErrors.push(err96);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
export {
  validate
};
