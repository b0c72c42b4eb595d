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

// src/plan/schemas/validators/security.istio.io.v1.AuthorizationPolicy.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validate = validate11;
var schema12 = { "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "metadata": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta" }, "spec": { "oneOf": [{ "not": { "anyOf": [{ "required": ["provider"] }] } }, { "required": ["provider"] }], "properties": { "action": { "enum": ["ALLOW", "DENY", "AUDIT", "CUSTOM"], "type": "string" }, "provider": { "properties": { "name": { "type": "string" } }, "type": "object", "additionalProperties": false }, "rules": { "items": { "properties": { "from": { "items": { "properties": { "source": { "properties": { "ipBlocks": { "items": { "type": "string" }, "type": "array" }, "namespaces": { "items": { "type": "string" }, "type": "array" }, "notIpBlocks": { "items": { "type": "string" }, "type": "array" }, "notNamespaces": { "items": { "type": "string" }, "type": "array" }, "notPrincipals": { "items": { "type": "string" }, "type": "array" }, "notRemoteIpBlocks": { "items": { "type": "string" }, "type": "array" }, "notRequestPrincipals": { "items": { "type": "string" }, "type": "array" }, "notServiceAccounts": { "items": { "maxLength": 320, "type": "string" }, "maxItems": 16, "type": "array" }, "notTrustDomains": { "items": { "type": "string" }, "type": "array" }, "principals": { "items": { "type": "string" }, "type": "array" }, "remoteIpBlocks": { "items": { "type": "string" }, "type": "array" }, "requestPrincipals": { "items": { "type": "string" }, "type": "array" }, "serviceAccounts": { "items": { "maxLength": 320, "type": "string" }, "maxItems": 16, "type": "array" }, "trustDomains": { "items": { "type": "string" }, "type": "array" } }, "type": "object", "x-kubernetes-validations": [{ "message": "Cannot set serviceAccounts with namespaces or principals", "rule": "(has(self.serviceAccounts) || has(self.notServiceAccounts)) ? (!has(self.principals) &&\n!has(self.notPrincipals) && !has(self.namespaces) && !has(self.notNamespaces)) : true" }], "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "maxItems": 512, "type": "array" }, "to": { "items": { "properties": { "operation": { "properties": { "hosts": { "items": { "type": "string" }, "type": "array" }, "methods": { "items": { "type": "string" }, "type": "array" }, "notHosts": { "items": { "type": "string" }, "type": "array" }, "notMethods": { "items": { "type": "string" }, "type": "array" }, "notPaths": { "items": { "type": "string" }, "type": "array" }, "notPorts": { "items": { "type": "string" }, "type": "array" }, "paths": { "items": { "type": "string" }, "type": "array" }, "ports": { "items": { "type": "string" }, "type": "array" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "type": "array" }, "when": { "items": { "properties": { "key": { "type": "string" }, "notValues": { "items": { "type": "string" }, "type": "array" }, "values": { "items": { "type": "string" }, "type": "array" } }, "required": ["key"], "type": "object", "additionalProperties": false }, "type": "array" } }, "type": "object", "additionalProperties": false }, "maxItems": 512, "type": "array" }, "selector": { "properties": { "matchLabels": { "additionalProperties": { "maxLength": 63, "type": "string", "x-kubernetes-validations": [{ "message": "wildcard not allowed in label value match", "rule": '!self.contains("*")' }] }, "maxProperties": 4096, "type": "object", "x-kubernetes-validations": [{ "message": "wildcard not allowed in label key match", "rule": 'self.all(key, !key.contains("*"))' }, { "message": "key must not be empty", "rule": "self.all(key, key.size() != 0)" }] } }, "type": "object", "additionalProperties": false }, "targetRef": { "properties": { "group": { "maxLength": 253, "pattern": "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "type": "string" }, "kind": { "maxLength": 63, "minLength": 1, "pattern": "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", "type": "string" }, "name": { "maxLength": 253, "minLength": 1, "type": "string" }, "namespace": { "type": "string", "x-kubernetes-validations": [{ "message": "cross namespace referencing is not currently supported", "rule": "self.size() == 0" }] } }, "required": ["kind", "name"], "type": "object", "additionalProperties": false }, "targetRefs": { "items": { "properties": { "group": { "maxLength": 253, "pattern": "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "type": "string" }, "kind": { "maxLength": 63, "minLength": 1, "pattern": "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", "type": "string" }, "name": { "maxLength": 253, "minLength": 1, "type": "string" }, "namespace": { "type": "string", "x-kubernetes-validations": [{ "message": "cross namespace referencing is not currently supported", "rule": "self.size() == 0" }] } }, "required": ["kind", "name"], "type": "object", "additionalProperties": false }, "maxItems": 16, "type": "array" } }, "type": "object", "x-kubernetes-validations": [{ "message": "only one of targetRefs or selector can be set", "rule": "(has(self.selector) ? 1 : 0) + (has(self.targetRef) ? 1 : 0) + (has(self.targetRefs) ? 1 : 0) <= 1" }], "additionalProperties": false }, "status": { "properties": { "conditions": { "items": { "properties": { "lastProbeTime": { "format": "date-time", "type": "string" }, "lastTransitionTime": { "format": "date-time", "type": "string" }, "message": { "type": "string" }, "observedGeneration": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "reason": { "type": "string" }, "status": { "type": "string" }, "type": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "observedGeneration": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "validationMessages": { "items": { "properties": { "documentationUrl": { "type": "string" }, "level": { "enum": ["UNKNOWN", "ERROR", "WARNING", "INFO"], "type": "string" }, "type": { "properties": { "code": { "type": "string" }, "name": { "type": "string" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "type": "array" } }, "type": "object", "x-kubernetes-preserve-unknown-fields": true } }, "type": "object", "additionalProperties": false };
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
var pattern0 = new RegExp("^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
var pattern1 = new RegExp("^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", "u");
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
      const _errs9 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs10 = errors;
      const _errs11 = errors;
      const _errs12 = errors;
      const _errs13 = errors;
      let valid3 = false;
      const _errs14 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        let missing0;
        if (data3.provider === void 0 && (missing0 = "provider")) {
          const err3 = {};
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      var _valid1 = _errs14 === errors;
      valid3 = valid3 || _valid1;
      if (!valid3) {
        const err4 = {};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
      var valid2 = _errs12 === errors;
      if (valid2) {
        const err5 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
      var _valid0 = _errs10 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs15 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.provider === void 0) {
          const err6 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf/1/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      var _valid0 = _errs15 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err7 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "action" || key1 === "provider" || key1 === "rules" || key1 === "selector" || key1 === "targetRef" || key1 === "targetRefs")) {
            const err8 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data3.action !== void 0) {
          let data4 = data3.action;
          if (typeof data4 !== "string") {
            const err9 = { instancePath: instancePath + "/spec/action", schemaPath: "#/properties/spec/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (!(data4 === "ALLOW" || data4 === "DENY" || data4 === "AUDIT" || data4 === "CUSTOM")) {
            const err10 = { instancePath: instancePath + "/spec/action", schemaPath: "#/properties/spec/properties/action/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.action.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.provider !== void 0) {
          let data5 = data3.provider;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              if (!(key2 === "name")) {
                const err11 = { instancePath: instancePath + "/spec/provider", schemaPath: "#/properties/spec/properties/provider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data5.name !== void 0) {
              if (typeof data5.name !== "string") {
                const err12 = { instancePath: instancePath + "/spec/provider/name", schemaPath: "#/properties/spec/properties/provider/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/spec/provider", schemaPath: "#/properties/spec/properties/provider/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.rules !== void 0) {
          let data7 = data3.rules;
          if (Array.isArray(data7)) {
            if (data7.length > 512) {
              const err14 = { instancePath: instancePath + "/spec/rules", schemaPath: "#/properties/spec/properties/rules/maxItems", keyword: "maxItems", params: { limit: 512 }, message: "must NOT have more than 512 items" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data8 = data7[i0];
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key3 in data8) {
                  if (!(key3 === "from" || key3 === "to" || key3 === "when")) {
                    const err15 = { instancePath: instancePath + "/spec/rules/" + i0, schemaPath: "#/properties/spec/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                if (data8.from !== void 0) {
                  let data9 = data8.from;
                  if (Array.isArray(data9)) {
                    if (data9.length > 512) {
                      const err16 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from", schemaPath: "#/properties/spec/properties/rules/items/properties/from/maxItems", keyword: "maxItems", params: { limit: 512 }, message: "must NOT have more than 512 items" };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                    const len1 = data9.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data10 = data9[i1];
                      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                        for (const key4 in data10) {
                          if (!(key4 === "source")) {
                            const err17 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err17];
                            } else {
                              vErrors.push(err17);
                            }
                            errors++;
                          }
                        }
                        if (data10.source !== void 0) {
                          let data11 = data10.source;
                          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                            for (const key5 in data11) {
                              if (!func2.call(schema12.properties.spec.properties.rules.items.properties.from.items.properties.source.properties, key5)) {
                                const err18 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err18];
                                } else {
                                  vErrors.push(err18);
                                }
                                errors++;
                              }
                            }
                            if (data11.ipBlocks !== void 0) {
                              let data12 = data11.ipBlocks;
                              if (Array.isArray(data12)) {
                                const len2 = data12.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                  if (typeof data12[i2] !== "string") {
                                    const err19 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/ipBlocks/" + i2, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/ipBlocks/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err19];
                                    } else {
                                      vErrors.push(err19);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err20 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/ipBlocks", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/ipBlocks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err20];
                                } else {
                                  vErrors.push(err20);
                                }
                                errors++;
                              }
                            }
                            if (data11.namespaces !== void 0) {
                              let data14 = data11.namespaces;
                              if (Array.isArray(data14)) {
                                const len3 = data14.length;
                                for (let i3 = 0; i3 < len3; i3++) {
                                  if (typeof data14[i3] !== "string") {
                                    const err21 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/namespaces/" + i3, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/namespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err21];
                                    } else {
                                      vErrors.push(err21);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err22 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/namespaces", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/namespaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err22];
                                } else {
                                  vErrors.push(err22);
                                }
                                errors++;
                              }
                            }
                            if (data11.notIpBlocks !== void 0) {
                              let data16 = data11.notIpBlocks;
                              if (Array.isArray(data16)) {
                                const len4 = data16.length;
                                for (let i4 = 0; i4 < len4; i4++) {
                                  if (typeof data16[i4] !== "string") {
                                    const err23 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notIpBlocks/" + i4, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notIpBlocks/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err23];
                                    } else {
                                      vErrors.push(err23);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err24 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notIpBlocks", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notIpBlocks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err24];
                                } else {
                                  vErrors.push(err24);
                                }
                                errors++;
                              }
                            }
                            if (data11.notNamespaces !== void 0) {
                              let data18 = data11.notNamespaces;
                              if (Array.isArray(data18)) {
                                const len5 = data18.length;
                                for (let i5 = 0; i5 < len5; i5++) {
                                  if (typeof data18[i5] !== "string") {
                                    const err25 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notNamespaces/" + i5, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notNamespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err25];
                                    } else {
                                      vErrors.push(err25);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err26 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notNamespaces", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notNamespaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err26];
                                } else {
                                  vErrors.push(err26);
                                }
                                errors++;
                              }
                            }
                            if (data11.notPrincipals !== void 0) {
                              let data20 = data11.notPrincipals;
                              if (Array.isArray(data20)) {
                                const len6 = data20.length;
                                for (let i6 = 0; i6 < len6; i6++) {
                                  if (typeof data20[i6] !== "string") {
                                    const err27 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notPrincipals/" + i6, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notPrincipals/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err27];
                                    } else {
                                      vErrors.push(err27);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err28 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notPrincipals", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notPrincipals/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err28];
                                } else {
                                  vErrors.push(err28);
                                }
                                errors++;
                              }
                            }
                            if (data11.notRemoteIpBlocks !== void 0) {
                              let data22 = data11.notRemoteIpBlocks;
                              if (Array.isArray(data22)) {
                                const len7 = data22.length;
                                for (let i7 = 0; i7 < len7; i7++) {
                                  if (typeof data22[i7] !== "string") {
                                    const err29 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notRemoteIpBlocks/" + i7, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notRemoteIpBlocks/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err29];
                                    } else {
                                      vErrors.push(err29);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err30 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notRemoteIpBlocks", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notRemoteIpBlocks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err30];
                                } else {
                                  vErrors.push(err30);
                                }
                                errors++;
                              }
                            }
                            if (data11.notRequestPrincipals !== void 0) {
                              let data24 = data11.notRequestPrincipals;
                              if (Array.isArray(data24)) {
                                const len8 = data24.length;
                                for (let i8 = 0; i8 < len8; i8++) {
                                  if (typeof data24[i8] !== "string") {
                                    const err31 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notRequestPrincipals/" + i8, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notRequestPrincipals/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err31];
                                    } else {
                                      vErrors.push(err31);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err32 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notRequestPrincipals", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notRequestPrincipals/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err32];
                                } else {
                                  vErrors.push(err32);
                                }
                                errors++;
                              }
                            }
                            if (data11.notServiceAccounts !== void 0) {
                              let data26 = data11.notServiceAccounts;
                              if (Array.isArray(data26)) {
                                if (data26.length > 16) {
                                  const err33 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notServiceAccounts", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notServiceAccounts/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items" };
                                  if (vErrors === null) {
                                    vErrors = [err33];
                                  } else {
                                    vErrors.push(err33);
                                  }
                                  errors++;
                                }
                                const len9 = data26.length;
                                for (let i9 = 0; i9 < len9; i9++) {
                                  let data27 = data26[i9];
                                  if (typeof data27 === "string") {
                                    if (func4(data27) > 320) {
                                      const err34 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notServiceAccounts/" + i9, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notServiceAccounts/items/maxLength", keyword: "maxLength", params: { limit: 320 }, message: "must NOT have more than 320 characters" };
                                      if (vErrors === null) {
                                        vErrors = [err34];
                                      } else {
                                        vErrors.push(err34);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err35 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notServiceAccounts/" + i9, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notServiceAccounts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err35];
                                    } else {
                                      vErrors.push(err35);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err36 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notServiceAccounts", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notServiceAccounts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err36];
                                } else {
                                  vErrors.push(err36);
                                }
                                errors++;
                              }
                            }
                            if (data11.notTrustDomains !== void 0) {
                              let data28 = data11.notTrustDomains;
                              if (Array.isArray(data28)) {
                                const len10 = data28.length;
                                for (let i10 = 0; i10 < len10; i10++) {
                                  if (typeof data28[i10] !== "string") {
                                    const err37 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notTrustDomains/" + i10, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notTrustDomains/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err37];
                                    } else {
                                      vErrors.push(err37);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err38 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/notTrustDomains", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/notTrustDomains/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err38];
                                } else {
                                  vErrors.push(err38);
                                }
                                errors++;
                              }
                            }
                            if (data11.principals !== void 0) {
                              let data30 = data11.principals;
                              if (Array.isArray(data30)) {
                                const len11 = data30.length;
                                for (let i11 = 0; i11 < len11; i11++) {
                                  if (typeof data30[i11] !== "string") {
                                    const err39 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/principals/" + i11, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/principals/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err39];
                                    } else {
                                      vErrors.push(err39);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err40 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/principals", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/principals/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err40];
                                } else {
                                  vErrors.push(err40);
                                }
                                errors++;
                              }
                            }
                            if (data11.remoteIpBlocks !== void 0) {
                              let data32 = data11.remoteIpBlocks;
                              if (Array.isArray(data32)) {
                                const len12 = data32.length;
                                for (let i12 = 0; i12 < len12; i12++) {
                                  if (typeof data32[i12] !== "string") {
                                    const err41 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/remoteIpBlocks/" + i12, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/remoteIpBlocks/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err41];
                                    } else {
                                      vErrors.push(err41);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err42 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/remoteIpBlocks", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/remoteIpBlocks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err42];
                                } else {
                                  vErrors.push(err42);
                                }
                                errors++;
                              }
                            }
                            if (data11.requestPrincipals !== void 0) {
                              let data34 = data11.requestPrincipals;
                              if (Array.isArray(data34)) {
                                const len13 = data34.length;
                                for (let i13 = 0; i13 < len13; i13++) {
                                  if (typeof data34[i13] !== "string") {
                                    const err43 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/requestPrincipals/" + i13, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/requestPrincipals/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err43];
                                    } else {
                                      vErrors.push(err43);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err44 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/requestPrincipals", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/requestPrincipals/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err44];
                                } else {
                                  vErrors.push(err44);
                                }
                                errors++;
                              }
                            }
                            if (data11.serviceAccounts !== void 0) {
                              let data36 = data11.serviceAccounts;
                              if (Array.isArray(data36)) {
                                if (data36.length > 16) {
                                  const err45 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/serviceAccounts", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/serviceAccounts/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items" };
                                  if (vErrors === null) {
                                    vErrors = [err45];
                                  } else {
                                    vErrors.push(err45);
                                  }
                                  errors++;
                                }
                                const len14 = data36.length;
                                for (let i14 = 0; i14 < len14; i14++) {
                                  let data37 = data36[i14];
                                  if (typeof data37 === "string") {
                                    if (func4(data37) > 320) {
                                      const err46 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/serviceAccounts/" + i14, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/serviceAccounts/items/maxLength", keyword: "maxLength", params: { limit: 320 }, message: "must NOT have more than 320 characters" };
                                      if (vErrors === null) {
                                        vErrors = [err46];
                                      } else {
                                        vErrors.push(err46);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err47 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/serviceAccounts/" + i14, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/serviceAccounts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err47];
                                    } else {
                                      vErrors.push(err47);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err48 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/serviceAccounts", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/serviceAccounts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err48];
                                } else {
                                  vErrors.push(err48);
                                }
                                errors++;
                              }
                            }
                            if (data11.trustDomains !== void 0) {
                              let data38 = data11.trustDomains;
                              if (Array.isArray(data38)) {
                                const len15 = data38.length;
                                for (let i15 = 0; i15 < len15; i15++) {
                                  if (typeof data38[i15] !== "string") {
                                    const err49 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/trustDomains/" + i15, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/trustDomains/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err49];
                                    } else {
                                      vErrors.push(err49);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err50 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source/trustDomains", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/properties/trustDomains/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err50];
                                } else {
                                  vErrors.push(err50);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err51 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1 + "/source", schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err51];
                            } else {
                              vErrors.push(err51);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err52 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from/" + i1, schemaPath: "#/properties/spec/properties/rules/items/properties/from/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/spec/rules/" + i0 + "/from", schemaPath: "#/properties/spec/properties/rules/items/properties/from/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data8.to !== void 0) {
                  let data40 = data8.to;
                  if (Array.isArray(data40)) {
                    const len16 = data40.length;
                    for (let i16 = 0; i16 < len16; i16++) {
                      let data41 = data40[i16];
                      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                        for (const key6 in data41) {
                          if (!(key6 === "operation")) {
                            const err54 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16, schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err54];
                            } else {
                              vErrors.push(err54);
                            }
                            errors++;
                          }
                        }
                        if (data41.operation !== void 0) {
                          let data42 = data41.operation;
                          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                            for (const key7 in data42) {
                              if (!(key7 === "hosts" || key7 === "methods" || key7 === "notHosts" || key7 === "notMethods" || key7 === "notPaths" || key7 === "notPorts" || key7 === "paths" || key7 === "ports")) {
                                const err55 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation", schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err55];
                                } else {
                                  vErrors.push(err55);
                                }
                                errors++;
                              }
                            }
                            if (data42.hosts !== void 0) {
                              let data43 = data42.hosts;
                              if (Array.isArray(data43)) {
                                const len17 = data43.length;
                                for (let i17 = 0; i17 < len17; i17++) {
                                  if (typeof data43[i17] !== "string") {
                                    const err56 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/hosts/" + i17, schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err56];
                                    } else {
                                      vErrors.push(err56);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err57 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/hosts", schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err57];
                                } else {
                                  vErrors.push(err57);
                                }
                                errors++;
                              }
                            }
                            if (data42.methods !== void 0) {
                              let data45 = data42.methods;
                              if (Array.isArray(data45)) {
                                const len18 = data45.length;
                                for (let i18 = 0; i18 < len18; i18++) {
                                  if (typeof data45[i18] !== "string") {
                                    const err58 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/methods/" + i18, schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/methods/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err58];
                                    } else {
                                      vErrors.push(err58);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err59 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/methods", schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/methods/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err59];
                                } else {
                                  vErrors.push(err59);
                                }
                                errors++;
                              }
                            }
                            if (data42.notHosts !== void 0) {
                              let data47 = data42.notHosts;
                              if (Array.isArray(data47)) {
                                const len19 = data47.length;
                                for (let i19 = 0; i19 < len19; i19++) {
                                  if (typeof data47[i19] !== "string") {
                                    const err60 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/notHosts/" + i19, schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/notHosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err60];
                                    } else {
                                      vErrors.push(err60);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err61 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/notHosts", schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/notHosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err61];
                                } else {
                                  vErrors.push(err61);
                                }
                                errors++;
                              }
                            }
                            if (data42.notMethods !== void 0) {
                              let data49 = data42.notMethods;
                              if (Array.isArray(data49)) {
                                const len20 = data49.length;
                                for (let i20 = 0; i20 < len20; i20++) {
                                  if (typeof data49[i20] !== "string") {
                                    const err62 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/notMethods/" + i20, schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/notMethods/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err62];
                                    } else {
                                      vErrors.push(err62);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err63 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/notMethods", schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/notMethods/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err63];
                                } else {
                                  vErrors.push(err63);
                                }
                                errors++;
                              }
                            }
                            if (data42.notPaths !== void 0) {
                              let data51 = data42.notPaths;
                              if (Array.isArray(data51)) {
                                const len21 = data51.length;
                                for (let i21 = 0; i21 < len21; i21++) {
                                  if (typeof data51[i21] !== "string") {
                                    const err64 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/notPaths/" + i21, schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/notPaths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err64];
                                    } else {
                                      vErrors.push(err64);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err65 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/notPaths", schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/notPaths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err65];
                                } else {
                                  vErrors.push(err65);
                                }
                                errors++;
                              }
                            }
                            if (data42.notPorts !== void 0) {
                              let data53 = data42.notPorts;
                              if (Array.isArray(data53)) {
                                const len22 = data53.length;
                                for (let i22 = 0; i22 < len22; i22++) {
                                  if (typeof data53[i22] !== "string") {
                                    const err66 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/notPorts/" + i22, schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/notPorts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err66];
                                    } else {
                                      vErrors.push(err66);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err67 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/notPorts", schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/notPorts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err67];
                                } else {
                                  vErrors.push(err67);
                                }
                                errors++;
                              }
                            }
                            if (data42.paths !== void 0) {
                              let data55 = data42.paths;
                              if (Array.isArray(data55)) {
                                const len23 = data55.length;
                                for (let i23 = 0; i23 < len23; i23++) {
                                  if (typeof data55[i23] !== "string") {
                                    const err68 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/paths/" + i23, schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err68];
                                    } else {
                                      vErrors.push(err68);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err69 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/paths", schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err69];
                                } else {
                                  vErrors.push(err69);
                                }
                                errors++;
                              }
                            }
                            if (data42.ports !== void 0) {
                              let data57 = data42.ports;
                              if (Array.isArray(data57)) {
                                const len24 = data57.length;
                                for (let i24 = 0; i24 < len24; i24++) {
                                  if (typeof data57[i24] !== "string") {
                                    const err70 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/ports/" + i24, schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/ports/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err70];
                                    } else {
                                      vErrors.push(err70);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err71 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation/ports", schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err71];
                                } else {
                                  vErrors.push(err71);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err72 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16 + "/operation", schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/properties/operation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err72];
                            } else {
                              vErrors.push(err72);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err73 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to/" + i16, schemaPath: "#/properties/spec/properties/rules/items/properties/to/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err73];
                        } else {
                          vErrors.push(err73);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err74 = { instancePath: instancePath + "/spec/rules/" + i0 + "/to", schemaPath: "#/properties/spec/properties/rules/items/properties/to/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data8.when !== void 0) {
                  let data59 = data8.when;
                  if (Array.isArray(data59)) {
                    const len25 = data59.length;
                    for (let i25 = 0; i25 < len25; i25++) {
                      let data60 = data59[i25];
                      if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                        if (data60.key === void 0) {
                          const err75 = { instancePath: instancePath + "/spec/rules/" + i0 + "/when/" + i25, schemaPath: "#/properties/spec/properties/rules/items/properties/when/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err75];
                          } else {
                            vErrors.push(err75);
                          }
                          errors++;
                        }
                        for (const key8 in data60) {
                          if (!(key8 === "key" || key8 === "notValues" || key8 === "values")) {
                            const err76 = { instancePath: instancePath + "/spec/rules/" + i0 + "/when/" + i25, schemaPath: "#/properties/spec/properties/rules/items/properties/when/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err76];
                            } else {
                              vErrors.push(err76);
                            }
                            errors++;
                          }
                        }
                        if (data60.key !== void 0) {
                          if (typeof data60.key !== "string") {
                            const err77 = { instancePath: instancePath + "/spec/rules/" + i0 + "/when/" + i25 + "/key", schemaPath: "#/properties/spec/properties/rules/items/properties/when/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err77];
                            } else {
                              vErrors.push(err77);
                            }
                            errors++;
                          }
                        }
                        if (data60.notValues !== void 0) {
                          let data62 = data60.notValues;
                          if (Array.isArray(data62)) {
                            const len26 = data62.length;
                            for (let i26 = 0; i26 < len26; i26++) {
                              if (typeof data62[i26] !== "string") {
                                const err78 = { instancePath: instancePath + "/spec/rules/" + i0 + "/when/" + i25 + "/notValues/" + i26, schemaPath: "#/properties/spec/properties/rules/items/properties/when/items/properties/notValues/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err78];
                                } else {
                                  vErrors.push(err78);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err79 = { instancePath: instancePath + "/spec/rules/" + i0 + "/when/" + i25 + "/notValues", schemaPath: "#/properties/spec/properties/rules/items/properties/when/items/properties/notValues/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err79];
                            } else {
                              vErrors.push(err79);
                            }
                            errors++;
                          }
                        }
                        if (data60.values !== void 0) {
                          let data64 = data60.values;
                          if (Array.isArray(data64)) {
                            const len27 = data64.length;
                            for (let i27 = 0; i27 < len27; i27++) {
                              if (typeof data64[i27] !== "string") {
                                const err80 = { instancePath: instancePath + "/spec/rules/" + i0 + "/when/" + i25 + "/values/" + i27, schemaPath: "#/properties/spec/properties/rules/items/properties/when/items/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err80];
                                } else {
                                  vErrors.push(err80);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err81 = { instancePath: instancePath + "/spec/rules/" + i0 + "/when/" + i25 + "/values", schemaPath: "#/properties/spec/properties/rules/items/properties/when/items/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err81];
                            } else {
                              vErrors.push(err81);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err82 = { instancePath: instancePath + "/spec/rules/" + i0 + "/when/" + i25, schemaPath: "#/properties/spec/properties/rules/items/properties/when/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err82];
                        } else {
                          vErrors.push(err82);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err83 = { instancePath: instancePath + "/spec/rules/" + i0 + "/when", schemaPath: "#/properties/spec/properties/rules/items/properties/when/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
              } else {
                const err84 = { instancePath: instancePath + "/spec/rules/" + i0, schemaPath: "#/properties/spec/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/spec/rules", schemaPath: "#/properties/spec/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data3.selector !== void 0) {
          let data66 = data3.selector;
          if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
            for (const key9 in data66) {
              if (!(key9 === "matchLabels")) {
                const err86 = { instancePath: instancePath + "/spec/selector", schemaPath: "#/properties/spec/properties/selector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data66.matchLabels !== void 0) {
              let data67 = data66.matchLabels;
              if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                if (Object.keys(data67).length > 4096) {
                  const err87 = { instancePath: instancePath + "/spec/selector/matchLabels", schemaPath: "#/properties/spec/properties/selector/properties/matchLabels/maxProperties", keyword: "maxProperties", params: { limit: 4096 }, message: "must NOT have more than 4096 properties" };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
                for (const key10 in data67) {
                  let data68 = data67[key10];
                  if (typeof data68 === "string") {
                    if (func4(data68) > 63) {
                      const err88 = { instancePath: instancePath + "/spec/selector/matchLabels/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/selector/properties/matchLabels/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                  } else {
                    const err89 = { instancePath: instancePath + "/spec/selector/matchLabels/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/selector/properties/matchLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
              } else {
                const err90 = { instancePath: instancePath + "/spec/selector/matchLabels", schemaPath: "#/properties/spec/properties/selector/properties/matchLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
          } else {
            const err91 = { instancePath: instancePath + "/spec/selector", schemaPath: "#/properties/spec/properties/selector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data3.targetRef !== void 0) {
          let data69 = data3.targetRef;
          if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
            if (data69.kind === void 0) {
              const err92 = { instancePath: instancePath + "/spec/targetRef", schemaPath: "#/properties/spec/properties/targetRef/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
            if (data69.name === void 0) {
              const err93 = { instancePath: instancePath + "/spec/targetRef", schemaPath: "#/properties/spec/properties/targetRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
            for (const key11 in data69) {
              if (!(key11 === "group" || key11 === "kind" || key11 === "name" || key11 === "namespace")) {
                const err94 = { instancePath: instancePath + "/spec/targetRef", schemaPath: "#/properties/spec/properties/targetRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data69.group !== void 0) {
              let data70 = data69.group;
              if (typeof data70 === "string") {
                if (func4(data70) > 253) {
                  const err95 = { instancePath: instancePath + "/spec/targetRef/group", schemaPath: "#/properties/spec/properties/targetRef/properties/group/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters" };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
                if (!pattern0.test(data70)) {
                  const err96 = { instancePath: instancePath + "/spec/targetRef/group", schemaPath: "#/properties/spec/properties/targetRef/properties/group/pattern", keyword: "pattern", params: { pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"' };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
              } else {
                const err97 = { instancePath: instancePath + "/spec/targetRef/group", schemaPath: "#/properties/spec/properties/targetRef/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data69.kind !== void 0) {
              let data71 = data69.kind;
              if (typeof data71 === "string") {
                if (func4(data71) > 63) {
                  const err98 = { instancePath: instancePath + "/spec/targetRef/kind", schemaPath: "#/properties/spec/properties/targetRef/properties/kind/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
                if (func4(data71) < 1) {
                  const err99 = { instancePath: instancePath + "/spec/targetRef/kind", schemaPath: "#/properties/spec/properties/targetRef/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
                if (!pattern1.test(data71)) {
                  const err100 = { instancePath: instancePath + "/spec/targetRef/kind", schemaPath: "#/properties/spec/properties/targetRef/properties/kind/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$" }, message: 'must match pattern "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"' };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              } else {
                const err101 = { instancePath: instancePath + "/spec/targetRef/kind", schemaPath: "#/properties/spec/properties/targetRef/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data69.name !== void 0) {
              let data72 = data69.name;
              if (typeof data72 === "string") {
                if (func4(data72) > 253) {
                  const err102 = { instancePath: instancePath + "/spec/targetRef/name", schemaPath: "#/properties/spec/properties/targetRef/properties/name/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters" };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
                if (func4(data72) < 1) {
                  const err103 = { instancePath: instancePath + "/spec/targetRef/name", schemaPath: "#/properties/spec/properties/targetRef/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              } else {
                const err104 = { instancePath: instancePath + "/spec/targetRef/name", schemaPath: "#/properties/spec/properties/targetRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data69.namespace !== void 0) {
              if (typeof data69.namespace !== "string") {
                const err105 = { instancePath: instancePath + "/spec/targetRef/namespace", schemaPath: "#/properties/spec/properties/targetRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
          } else {
            const err106 = { instancePath: instancePath + "/spec/targetRef", schemaPath: "#/properties/spec/properties/targetRef/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data3.targetRefs !== void 0) {
          let data74 = data3.targetRefs;
          if (Array.isArray(data74)) {
            if (data74.length > 16) {
              const err107 = { instancePath: instancePath + "/spec/targetRefs", schemaPath: "#/properties/spec/properties/targetRefs/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items" };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
            const len28 = data74.length;
            for (let i28 = 0; i28 < len28; i28++) {
              let data75 = data74[i28];
              if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                if (data75.kind === void 0) {
                  const err108 = { instancePath: instancePath + "/spec/targetRefs/" + i28, schemaPath: "#/properties/spec/properties/targetRefs/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
                if (data75.name === void 0) {
                  const err109 = { instancePath: instancePath + "/spec/targetRefs/" + i28, schemaPath: "#/properties/spec/properties/targetRefs/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
                for (const key12 in data75) {
                  if (!(key12 === "group" || key12 === "kind" || key12 === "name" || key12 === "namespace")) {
                    const err110 = { instancePath: instancePath + "/spec/targetRefs/" + i28, schemaPath: "#/properties/spec/properties/targetRefs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data75.group !== void 0) {
                  let data76 = data75.group;
                  if (typeof data76 === "string") {
                    if (func4(data76) > 253) {
                      const err111 = { instancePath: instancePath + "/spec/targetRefs/" + i28 + "/group", schemaPath: "#/properties/spec/properties/targetRefs/items/properties/group/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters" };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data76)) {
                      const err112 = { instancePath: instancePath + "/spec/targetRefs/" + i28 + "/group", schemaPath: "#/properties/spec/properties/targetRefs/items/properties/group/pattern", keyword: "pattern", params: { pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"' };
                      if (vErrors === null) {
                        vErrors = [err112];
                      } else {
                        vErrors.push(err112);
                      }
                      errors++;
                    }
                  } else {
                    const err113 = { instancePath: instancePath + "/spec/targetRefs/" + i28 + "/group", schemaPath: "#/properties/spec/properties/targetRefs/items/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data75.kind !== void 0) {
                  let data77 = data75.kind;
                  if (typeof data77 === "string") {
                    if (func4(data77) > 63) {
                      const err114 = { instancePath: instancePath + "/spec/targetRefs/" + i28 + "/kind", schemaPath: "#/properties/spec/properties/targetRefs/items/properties/kind/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                    if (func4(data77) < 1) {
                      const err115 = { instancePath: instancePath + "/spec/targetRefs/" + i28 + "/kind", schemaPath: "#/properties/spec/properties/targetRefs/items/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                    if (!pattern1.test(data77)) {
                      const err116 = { instancePath: instancePath + "/spec/targetRefs/" + i28 + "/kind", schemaPath: "#/properties/spec/properties/targetRefs/items/properties/kind/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$" }, message: 'must match pattern "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"' };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  } else {
                    const err117 = { instancePath: instancePath + "/spec/targetRefs/" + i28 + "/kind", schemaPath: "#/properties/spec/properties/targetRefs/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                if (data75.name !== void 0) {
                  let data78 = data75.name;
                  if (typeof data78 === "string") {
                    if (func4(data78) > 253) {
                      const err118 = { instancePath: instancePath + "/spec/targetRefs/" + i28 + "/name", schemaPath: "#/properties/spec/properties/targetRefs/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters" };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                    if (func4(data78) < 1) {
                      const err119 = { instancePath: instancePath + "/spec/targetRefs/" + i28 + "/name", schemaPath: "#/properties/spec/properties/targetRefs/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                  } else {
                    const err120 = { instancePath: instancePath + "/spec/targetRefs/" + i28 + "/name", schemaPath: "#/properties/spec/properties/targetRefs/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
                if (data75.namespace !== void 0) {
                  if (typeof data75.namespace !== "string") {
                    const err121 = { instancePath: instancePath + "/spec/targetRefs/" + i28 + "/namespace", schemaPath: "#/properties/spec/properties/targetRefs/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
              } else {
                const err122 = { instancePath: instancePath + "/spec/targetRefs/" + i28, schemaPath: "#/properties/spec/properties/targetRefs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
          } else {
            const err123 = { instancePath: instancePath + "/spec/targetRefs", schemaPath: "#/properties/spec/properties/targetRefs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
      } else {
        const err124 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err124];
        } else {
          vErrors.push(err124);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data80 = data.status;
      if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
        if (data80.conditions !== void 0) {
          let data81 = data80.conditions;
          if (Array.isArray(data81)) {
            const len29 = data81.length;
            for (let i29 = 0; i29 < len29; i29++) {
              let data82 = data81[i29];
              if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                for (const key13 in data82) {
                  if (!(key13 === "lastProbeTime" || key13 === "lastTransitionTime" || key13 === "message" || key13 === "observedGeneration" || key13 === "reason" || key13 === "status" || key13 === "type")) {
                    const err125 = { instancePath: instancePath + "/status/conditions/" + i29, schemaPath: "#/properties/status/properties/conditions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err125];
                    } else {
                      vErrors.push(err125);
                    }
                    errors++;
                  }
                }
                if (data82.lastProbeTime !== void 0) {
                  let data83 = data82.lastProbeTime;
                  if (typeof data83 === "string") {
                    if (!formats0(data83)) {
                      const err126 = { instancePath: instancePath + "/status/conditions/" + i29 + "/lastProbeTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastProbeTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err126];
                      } else {
                        vErrors.push(err126);
                      }
                      errors++;
                    }
                  } else {
                    const err127 = { instancePath: instancePath + "/status/conditions/" + i29 + "/lastProbeTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastProbeTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                }
                if (data82.lastTransitionTime !== void 0) {
                  let data84 = data82.lastTransitionTime;
                  if (typeof data84 === "string") {
                    if (!formats0(data84)) {
                      const err128 = { instancePath: instancePath + "/status/conditions/" + i29 + "/lastTransitionTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastTransitionTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err128];
                      } else {
                        vErrors.push(err128);
                      }
                      errors++;
                    }
                  } else {
                    const err129 = { instancePath: instancePath + "/status/conditions/" + i29 + "/lastTransitionTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastTransitionTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                }
                if (data82.message !== void 0) {
                  if (typeof data82.message !== "string") {
                    const err130 = { instancePath: instancePath + "/status/conditions/" + i29 + "/message", schemaPath: "#/properties/status/properties/conditions/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err130];
                    } else {
                      vErrors.push(err130);
                    }
                    errors++;
                  }
                }
                if (data82.observedGeneration !== void 0) {
                  let data86 = data82.observedGeneration;
                  const _errs194 = errors;
                  let valid78 = false;
                  const _errs195 = errors;
                  if (!(typeof data86 == "number" && (!(data86 % 1) && !isNaN(data86)) && isFinite(data86))) {
                    const err131 = { instancePath: instancePath + "/status/conditions/" + i29 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                  var _valid2 = _errs195 === errors;
                  valid78 = valid78 || _valid2;
                  if (!valid78) {
                    const _errs197 = errors;
                    if (typeof data86 !== "string") {
                      const err132 = { instancePath: instancePath + "/status/conditions/" + i29 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err132];
                      } else {
                        vErrors.push(err132);
                      }
                      errors++;
                    }
                    var _valid2 = _errs197 === errors;
                    valid78 = valid78 || _valid2;
                  }
                  if (!valid78) {
                    const err133 = { instancePath: instancePath + "/status/conditions/" + i29 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  } else {
                    errors = _errs194;
                    if (vErrors !== null) {
                      if (_errs194) {
                        vErrors.length = _errs194;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data82.reason !== void 0) {
                  if (typeof data82.reason !== "string") {
                    const err134 = { instancePath: instancePath + "/status/conditions/" + i29 + "/reason", schemaPath: "#/properties/status/properties/conditions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                }
                if (data82.status !== void 0) {
                  if (typeof data82.status !== "string") {
                    const err135 = { instancePath: instancePath + "/status/conditions/" + i29 + "/status", schemaPath: "#/properties/status/properties/conditions/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
                if (data82.type !== void 0) {
                  if (typeof data82.type !== "string") {
                    const err136 = { instancePath: instancePath + "/status/conditions/" + i29 + "/type", schemaPath: "#/properties/status/properties/conditions/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                }
              } else {
                const err137 = { instancePath: instancePath + "/status/conditions/" + i29, schemaPath: "#/properties/status/properties/conditions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
          } else {
            const err138 = { instancePath: instancePath + "/status/conditions", schemaPath: "#/properties/status/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
        if (data80.observedGeneration !== void 0) {
          let data90 = data80.observedGeneration;
          const _errs206 = errors;
          let valid79 = false;
          const _errs207 = errors;
          if (!(typeof data90 == "number" && (!(data90 % 1) && !isNaN(data90)) && isFinite(data90))) {
            const err139 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
          var _valid3 = _errs207 === errors;
          valid79 = valid79 || _valid3;
          if (!valid79) {
            const _errs209 = errors;
            if (typeof data90 !== "string") {
              const err140 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors++;
            }
            var _valid3 = _errs209 === errors;
            valid79 = valid79 || _valid3;
          }
          if (!valid79) {
            const err141 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          } else {
            errors = _errs206;
            if (vErrors !== null) {
              if (_errs206) {
                vErrors.length = _errs206;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data80.validationMessages !== void 0) {
          let data91 = data80.validationMessages;
          if (Array.isArray(data91)) {
            const len30 = data91.length;
            for (let i30 = 0; i30 < len30; i30++) {
              let data92 = data91[i30];
              if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                for (const key14 in data92) {
                  if (!(key14 === "documentationUrl" || key14 === "level" || key14 === "type")) {
                    const err142 = { instancePath: instancePath + "/status/validationMessages/" + i30, schemaPath: "#/properties/status/properties/validationMessages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
                if (data92.documentationUrl !== void 0) {
                  if (typeof data92.documentationUrl !== "string") {
                    const err143 = { instancePath: instancePath + "/status/validationMessages/" + i30 + "/documentationUrl", schemaPath: "#/properties/status/properties/validationMessages/items/properties/documentationUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
                if (data92.level !== void 0) {
                  let data94 = data92.level;
                  if (typeof data94 !== "string") {
                    const err144 = { instancePath: instancePath + "/status/validationMessages/" + i30 + "/level", schemaPath: "#/properties/status/properties/validationMessages/items/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err144];
                    } else {
                      vErrors.push(err144);
                    }
                    errors++;
                  }
                  if (!(data94 === "UNKNOWN" || data94 === "ERROR" || data94 === "WARNING" || data94 === "INFO")) {
                    const err145 = { instancePath: instancePath + "/status/validationMessages/" + i30 + "/level", schemaPath: "#/properties/status/properties/validationMessages/items/properties/level/enum", keyword: "enum", params: { allowedValues: schema12.properties.status.properties.validationMessages.items.properties.level.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                }
                if (data92.type !== void 0) {
                  let data95 = data92.type;
                  if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
                    for (const key15 in data95) {
                      if (!(key15 === "code" || key15 === "name")) {
                        const err146 = { instancePath: instancePath + "/status/validationMessages/" + i30 + "/type", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err146];
                        } else {
                          vErrors.push(err146);
                        }
                        errors++;
                      }
                    }
                    if (data95.code !== void 0) {
                      if (typeof data95.code !== "string") {
                        const err147 = { instancePath: instancePath + "/status/validationMessages/" + i30 + "/type/code", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err147];
                        } else {
                          vErrors.push(err147);
                        }
                        errors++;
                      }
                    }
                    if (data95.name !== void 0) {
                      if (typeof data95.name !== "string") {
                        const err148 = { instancePath: instancePath + "/status/validationMessages/" + i30 + "/type/name", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err148];
                        } else {
                          vErrors.push(err148);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err149 = { instancePath: instancePath + "/status/validationMessages/" + i30 + "/type", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err149];
                    } else {
                      vErrors.push(err149);
                    }
                    errors++;
                  }
                }
              } else {
                const err150 = { instancePath: instancePath + "/status/validationMessages/" + i30, schemaPath: "#/properties/status/properties/validationMessages/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
          } else {
            const err151 = { instancePath: instancePath + "/status/validationMessages", schemaPath: "#/properties/status/properties/validationMessages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
        }
      } else {
        const err152 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err152];
        } else {
          vErrors.push(err152);
        }
        errors++;
      }
    }
  } else {
    const err153 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err153];
    } else {
      vErrors.push(err153);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
export {
  validate
};
