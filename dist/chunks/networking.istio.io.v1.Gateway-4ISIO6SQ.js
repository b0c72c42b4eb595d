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

// src/plan/schemas/validators/networking.istio.io.v1.Gateway.js
var validate = validate11;
var schema12 = { "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "metadata": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta" }, "spec": { "properties": { "selector": { "additionalProperties": { "type": "string" }, "type": "object" }, "servers": { "items": { "properties": { "bind": { "type": "string" }, "defaultEndpoint": { "type": "string" }, "hosts": { "items": { "type": "string" }, "type": "array" }, "name": { "type": "string" }, "port": { "properties": { "name": { "type": "string" }, "number": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "protocol": { "type": "string" }, "targetPort": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "required": ["number", "protocol", "name"], "type": "object", "additionalProperties": false }, "tls": { "properties": { "caCertCredentialName": { "type": "string" }, "caCertificates": { "type": "string" }, "caCrl": { "type": "string" }, "cipherSuites": { "items": { "type": "string" }, "type": "array" }, "credentialName": { "type": "string" }, "credentialNames": { "items": { "type": "string" }, "maxItems": 2, "minItems": 1, "type": "array" }, "httpsRedirect": { "type": "boolean" }, "maxProtocolVersion": { "enum": ["TLS_AUTO", "TLSV1_0", "TLSV1_1", "TLSV1_2", "TLSV1_3"], "type": "string" }, "minProtocolVersion": { "enum": ["TLS_AUTO", "TLSV1_0", "TLSV1_1", "TLSV1_2", "TLSV1_3"], "type": "string" }, "mode": { "enum": ["PASSTHROUGH", "SIMPLE", "MUTUAL", "AUTO_PASSTHROUGH", "ISTIO_MUTUAL", "OPTIONAL_MUTUAL"], "type": "string" }, "privateKey": { "type": "string" }, "serverCertificate": { "type": "string" }, "subjectAltNames": { "items": { "type": "string" }, "type": "array" }, "tlsCertificates": { "items": { "properties": { "caCertificates": { "type": "string" }, "privateKey": { "type": "string" }, "serverCertificate": { "type": "string" } }, "type": "object", "additionalProperties": false }, "maxItems": 2, "minItems": 1, "type": "array" }, "verifyCertificateHash": { "items": { "type": "string" }, "type": "array" }, "verifyCertificateSpki": { "items": { "type": "string" }, "type": "array" } }, "type": "object", "x-kubernetes-validations": [{ "message": "only one of credentialNames or tlsCertificates can be set", "rule": "(has(self.tlsCertificates) ? 1 : 0) + (has(self.credentialNames) ? 1 : 0) <= 1" }, { "message": "only one of credentialName or credentialNames can be set", "rule": "(has(self.credentialName) ? 1 : 0) + (has(self.credentialNames) ? 1 : 0) <= 1" }, { "message": "only one of credentialName or tlsCertificates can be set", "rule": "(has(self.credentialNames) ? 1 : 0) + (has(self.tlsCertificates) ? 1 : 0) <= 1" }], "additionalProperties": false } }, "required": ["port", "hosts"], "type": "object", "additionalProperties": false }, "type": "array" } }, "type": "object", "additionalProperties": false }, "status": { "properties": { "conditions": { "items": { "properties": { "lastProbeTime": { "format": "date-time", "type": "string" }, "lastTransitionTime": { "format": "date-time", "type": "string" }, "message": { "type": "string" }, "observedGeneration": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "reason": { "type": "string" }, "status": { "type": "string" }, "type": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "observedGeneration": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "validationMessages": { "items": { "properties": { "documentationUrl": { "type": "string" }, "level": { "enum": ["UNKNOWN", "ERROR", "WARNING", "INFO"], "type": "string" }, "type": { "properties": { "code": { "type": "string" }, "name": { "type": "string" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "type": "array" } }, "type": "object", "x-kubernetes-preserve-unknown-fields": true } }, "type": "object", "additionalProperties": false };
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
          if (!(key1 === "selector" || key1 === "servers")) {
            const err3 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data3.selector !== void 0) {
          let data4 = data3.selector;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key2 in data4) {
              if (typeof data4[key2] !== "string") {
                const err4 = { instancePath: instancePath + "/spec/selector/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/selector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          } else {
            const err5 = { instancePath: instancePath + "/spec/selector", schemaPath: "#/properties/spec/properties/selector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data3.servers !== void 0) {
          let data6 = data3.servers;
          if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.port === void 0) {
                  const err6 = { instancePath: instancePath + "/spec/servers/" + i0, schemaPath: "#/properties/spec/properties/servers/items/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                if (data7.hosts === void 0) {
                  const err7 = { instancePath: instancePath + "/spec/servers/" + i0, schemaPath: "#/properties/spec/properties/servers/items/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property 'hosts'" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
                for (const key3 in data7) {
                  if (!(key3 === "bind" || key3 === "defaultEndpoint" || key3 === "hosts" || key3 === "name" || key3 === "port" || key3 === "tls")) {
                    const err8 = { instancePath: instancePath + "/spec/servers/" + i0, schemaPath: "#/properties/spec/properties/servers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data7.bind !== void 0) {
                  if (typeof data7.bind !== "string") {
                    const err9 = { instancePath: instancePath + "/spec/servers/" + i0 + "/bind", schemaPath: "#/properties/spec/properties/servers/items/properties/bind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                if (data7.defaultEndpoint !== void 0) {
                  if (typeof data7.defaultEndpoint !== "string") {
                    const err10 = { instancePath: instancePath + "/spec/servers/" + i0 + "/defaultEndpoint", schemaPath: "#/properties/spec/properties/servers/items/properties/defaultEndpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
                if (data7.hosts !== void 0) {
                  let data10 = data7.hosts;
                  if (Array.isArray(data10)) {
                    const len1 = data10.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      if (typeof data10[i1] !== "string") {
                        const err11 = { instancePath: instancePath + "/spec/servers/" + i0 + "/hosts/" + i1, schemaPath: "#/properties/spec/properties/servers/items/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err12 = { instancePath: instancePath + "/spec/servers/" + i0 + "/hosts", schemaPath: "#/properties/spec/properties/servers/items/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                if (data7.name !== void 0) {
                  if (typeof data7.name !== "string") {
                    const err13 = { instancePath: instancePath + "/spec/servers/" + i0 + "/name", schemaPath: "#/properties/spec/properties/servers/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data7.port !== void 0) {
                  let data13 = data7.port;
                  if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.number === void 0) {
                      const err14 = { instancePath: instancePath + "/spec/servers/" + i0 + "/port", schemaPath: "#/properties/spec/properties/servers/items/properties/port/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'" };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                    if (data13.protocol === void 0) {
                      const err15 = { instancePath: instancePath + "/spec/servers/" + i0 + "/port", schemaPath: "#/properties/spec/properties/servers/items/properties/port/required", keyword: "required", params: { missingProperty: "protocol" }, message: "must have required property 'protocol'" };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                    if (data13.name === void 0) {
                      const err16 = { instancePath: instancePath + "/spec/servers/" + i0 + "/port", schemaPath: "#/properties/spec/properties/servers/items/properties/port/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                    for (const key4 in data13) {
                      if (!(key4 === "name" || key4 === "number" || key4 === "protocol" || key4 === "targetPort")) {
                        const err17 = { instancePath: instancePath + "/spec/servers/" + i0 + "/port", schemaPath: "#/properties/spec/properties/servers/items/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                      }
                    }
                    if (data13.name !== void 0) {
                      if (typeof data13.name !== "string") {
                        const err18 = { instancePath: instancePath + "/spec/servers/" + i0 + "/port/name", schemaPath: "#/properties/spec/properties/servers/items/properties/port/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                    }
                    if (data13.number !== void 0) {
                      let data15 = data13.number;
                      if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                        const err19 = { instancePath: instancePath + "/spec/servers/" + i0 + "/port/number", schemaPath: "#/properties/spec/properties/servers/items/properties/port/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                      if (typeof data15 == "number" && isFinite(data15)) {
                        if (data15 > 4294967295 || isNaN(data15)) {
                          const err20 = { instancePath: instancePath + "/spec/servers/" + i0 + "/port/number", schemaPath: "#/properties/spec/properties/servers/items/properties/port/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                          if (vErrors === null) {
                            vErrors = [err20];
                          } else {
                            vErrors.push(err20);
                          }
                          errors++;
                        }
                        if (data15 < 0 || isNaN(data15)) {
                          const err21 = { instancePath: instancePath + "/spec/servers/" + i0 + "/port/number", schemaPath: "#/properties/spec/properties/servers/items/properties/port/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err21];
                          } else {
                            vErrors.push(err21);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data13.protocol !== void 0) {
                      if (typeof data13.protocol !== "string") {
                        const err22 = { instancePath: instancePath + "/spec/servers/" + i0 + "/port/protocol", schemaPath: "#/properties/spec/properties/servers/items/properties/port/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                    if (data13.targetPort !== void 0) {
                      let data17 = data13.targetPort;
                      if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                        const err23 = { instancePath: instancePath + "/spec/servers/" + i0 + "/port/targetPort", schemaPath: "#/properties/spec/properties/servers/items/properties/port/properties/targetPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err23];
                        } else {
                          vErrors.push(err23);
                        }
                        errors++;
                      }
                      if (typeof data17 == "number" && isFinite(data17)) {
                        if (data17 > 4294967295 || isNaN(data17)) {
                          const err24 = { instancePath: instancePath + "/spec/servers/" + i0 + "/port/targetPort", schemaPath: "#/properties/spec/properties/servers/items/properties/port/properties/targetPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                          if (vErrors === null) {
                            vErrors = [err24];
                          } else {
                            vErrors.push(err24);
                          }
                          errors++;
                        }
                        if (data17 < 0 || isNaN(data17)) {
                          const err25 = { instancePath: instancePath + "/spec/servers/" + i0 + "/port/targetPort", schemaPath: "#/properties/spec/properties/servers/items/properties/port/properties/targetPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err25];
                          } else {
                            vErrors.push(err25);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/spec/servers/" + i0 + "/port", schemaPath: "#/properties/spec/properties/servers/items/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data7.tls !== void 0) {
                  let data18 = data7.tls;
                  if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                    for (const key5 in data18) {
                      if (!func2.call(schema12.properties.spec.properties.servers.items.properties.tls.properties, key5)) {
                        const err27 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err27];
                        } else {
                          vErrors.push(err27);
                        }
                        errors++;
                      }
                    }
                    if (data18.caCertCredentialName !== void 0) {
                      if (typeof data18.caCertCredentialName !== "string") {
                        const err28 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/caCertCredentialName", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/caCertCredentialName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      }
                    }
                    if (data18.caCertificates !== void 0) {
                      if (typeof data18.caCertificates !== "string") {
                        const err29 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/caCertificates", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/caCertificates/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                      }
                    }
                    if (data18.caCrl !== void 0) {
                      if (typeof data18.caCrl !== "string") {
                        const err30 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/caCrl", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/caCrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                    if (data18.cipherSuites !== void 0) {
                      let data22 = data18.cipherSuites;
                      if (Array.isArray(data22)) {
                        const len2 = data22.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                          if (typeof data22[i2] !== "string") {
                            const err31 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/cipherSuites/" + i2, schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/cipherSuites/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err31];
                            } else {
                              vErrors.push(err31);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err32 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/cipherSuites", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/cipherSuites/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err32];
                        } else {
                          vErrors.push(err32);
                        }
                        errors++;
                      }
                    }
                    if (data18.credentialName !== void 0) {
                      if (typeof data18.credentialName !== "string") {
                        const err33 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/credentialName", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/credentialName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                    }
                    if (data18.credentialNames !== void 0) {
                      let data25 = data18.credentialNames;
                      if (Array.isArray(data25)) {
                        if (data25.length > 2) {
                          const err34 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/credentialNames", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/credentialNames/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                          if (vErrors === null) {
                            vErrors = [err34];
                          } else {
                            vErrors.push(err34);
                          }
                          errors++;
                        }
                        if (data25.length < 1) {
                          const err35 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/credentialNames", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/credentialNames/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                          if (vErrors === null) {
                            vErrors = [err35];
                          } else {
                            vErrors.push(err35);
                          }
                          errors++;
                        }
                        const len3 = data25.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                          if (typeof data25[i3] !== "string") {
                            const err36 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/credentialNames/" + i3, schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/credentialNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err36];
                            } else {
                              vErrors.push(err36);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err37 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/credentialNames", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/credentialNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                    if (data18.httpsRedirect !== void 0) {
                      if (typeof data18.httpsRedirect !== "boolean") {
                        const err38 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/httpsRedirect", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/httpsRedirect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                    if (data18.maxProtocolVersion !== void 0) {
                      let data28 = data18.maxProtocolVersion;
                      if (typeof data28 !== "string") {
                        const err39 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/maxProtocolVersion", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/maxProtocolVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err39];
                        } else {
                          vErrors.push(err39);
                        }
                        errors++;
                      }
                      if (!(data28 === "TLS_AUTO" || data28 === "TLSV1_0" || data28 === "TLSV1_1" || data28 === "TLSV1_2" || data28 === "TLSV1_3")) {
                        const err40 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/maxProtocolVersion", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/maxProtocolVersion/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.servers.items.properties.tls.properties.maxProtocolVersion.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                    if (data18.minProtocolVersion !== void 0) {
                      let data29 = data18.minProtocolVersion;
                      if (typeof data29 !== "string") {
                        const err41 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/minProtocolVersion", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/minProtocolVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                      if (!(data29 === "TLS_AUTO" || data29 === "TLSV1_0" || data29 === "TLSV1_1" || data29 === "TLSV1_2" || data29 === "TLSV1_3")) {
                        const err42 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/minProtocolVersion", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/minProtocolVersion/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.servers.items.properties.tls.properties.minProtocolVersion.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                    if (data18.mode !== void 0) {
                      let data30 = data18.mode;
                      if (typeof data30 !== "string") {
                        const err43 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/mode", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                      if (!(data30 === "PASSTHROUGH" || data30 === "SIMPLE" || data30 === "MUTUAL" || data30 === "AUTO_PASSTHROUGH" || data30 === "ISTIO_MUTUAL" || data30 === "OPTIONAL_MUTUAL")) {
                        const err44 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/mode", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/mode/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.servers.items.properties.tls.properties.mode.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                      }
                    }
                    if (data18.privateKey !== void 0) {
                      if (typeof data18.privateKey !== "string") {
                        const err45 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/privateKey", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/privateKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                    if (data18.serverCertificate !== void 0) {
                      if (typeof data18.serverCertificate !== "string") {
                        const err46 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/serverCertificate", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/serverCertificate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                    }
                    if (data18.subjectAltNames !== void 0) {
                      let data33 = data18.subjectAltNames;
                      if (Array.isArray(data33)) {
                        const len4 = data33.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          if (typeof data33[i4] !== "string") {
                            const err47 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/subjectAltNames/" + i4, schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/subjectAltNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err47];
                            } else {
                              vErrors.push(err47);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err48 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/subjectAltNames", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/subjectAltNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                    }
                    if (data18.tlsCertificates !== void 0) {
                      let data35 = data18.tlsCertificates;
                      if (Array.isArray(data35)) {
                        if (data35.length > 2) {
                          const err49 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/tlsCertificates", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/tlsCertificates/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                          if (vErrors === null) {
                            vErrors = [err49];
                          } else {
                            vErrors.push(err49);
                          }
                          errors++;
                        }
                        if (data35.length < 1) {
                          const err50 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/tlsCertificates", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/tlsCertificates/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                        const len5 = data35.length;
                        for (let i5 = 0; i5 < len5; i5++) {
                          let data36 = data35[i5];
                          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                            for (const key6 in data36) {
                              if (!(key6 === "caCertificates" || key6 === "privateKey" || key6 === "serverCertificate")) {
                                const err51 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/tlsCertificates/" + i5, schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/tlsCertificates/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err51];
                                } else {
                                  vErrors.push(err51);
                                }
                                errors++;
                              }
                            }
                            if (data36.caCertificates !== void 0) {
                              if (typeof data36.caCertificates !== "string") {
                                const err52 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/tlsCertificates/" + i5 + "/caCertificates", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/tlsCertificates/items/properties/caCertificates/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err52];
                                } else {
                                  vErrors.push(err52);
                                }
                                errors++;
                              }
                            }
                            if (data36.privateKey !== void 0) {
                              if (typeof data36.privateKey !== "string") {
                                const err53 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/tlsCertificates/" + i5 + "/privateKey", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/tlsCertificates/items/properties/privateKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err53];
                                } else {
                                  vErrors.push(err53);
                                }
                                errors++;
                              }
                            }
                            if (data36.serverCertificate !== void 0) {
                              if (typeof data36.serverCertificate !== "string") {
                                const err54 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/tlsCertificates/" + i5 + "/serverCertificate", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/tlsCertificates/items/properties/serverCertificate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err54];
                                } else {
                                  vErrors.push(err54);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err55 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/tlsCertificates/" + i5, schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/tlsCertificates/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err55];
                            } else {
                              vErrors.push(err55);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err56 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/tlsCertificates", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/tlsCertificates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                      }
                    }
                    if (data18.verifyCertificateHash !== void 0) {
                      let data40 = data18.verifyCertificateHash;
                      if (Array.isArray(data40)) {
                        const len6 = data40.length;
                        for (let i6 = 0; i6 < len6; i6++) {
                          if (typeof data40[i6] !== "string") {
                            const err57 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/verifyCertificateHash/" + i6, schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/verifyCertificateHash/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err57];
                            } else {
                              vErrors.push(err57);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err58 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/verifyCertificateHash", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/verifyCertificateHash/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                    if (data18.verifyCertificateSpki !== void 0) {
                      let data42 = data18.verifyCertificateSpki;
                      if (Array.isArray(data42)) {
                        const len7 = data42.length;
                        for (let i7 = 0; i7 < len7; i7++) {
                          if (typeof data42[i7] !== "string") {
                            const err59 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/verifyCertificateSpki/" + i7, schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/verifyCertificateSpki/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err59];
                            } else {
                              vErrors.push(err59);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err60 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls/verifyCertificateSpki", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/properties/verifyCertificateSpki/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err61 = { instancePath: instancePath + "/spec/servers/" + i0 + "/tls", schemaPath: "#/properties/spec/properties/servers/items/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
              } else {
                const err62 = { instancePath: instancePath + "/spec/servers/" + i0, schemaPath: "#/properties/spec/properties/servers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/spec/servers", schemaPath: "#/properties/spec/properties/servers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data44 = data.status;
      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
        if (data44.conditions !== void 0) {
          let data45 = data44.conditions;
          if (Array.isArray(data45)) {
            const len8 = data45.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data46 = data45[i8];
              if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                for (const key7 in data46) {
                  if (!(key7 === "lastProbeTime" || key7 === "lastTransitionTime" || key7 === "message" || key7 === "observedGeneration" || key7 === "reason" || key7 === "status" || key7 === "type")) {
                    const err65 = { instancePath: instancePath + "/status/conditions/" + i8, schemaPath: "#/properties/status/properties/conditions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data46.lastProbeTime !== void 0) {
                  let data47 = data46.lastProbeTime;
                  if (typeof data47 === "string") {
                    if (!formats0(data47)) {
                      const err66 = { instancePath: instancePath + "/status/conditions/" + i8 + "/lastProbeTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastProbeTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  } else {
                    const err67 = { instancePath: instancePath + "/status/conditions/" + i8 + "/lastProbeTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastProbeTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data46.lastTransitionTime !== void 0) {
                  let data48 = data46.lastTransitionTime;
                  if (typeof data48 === "string") {
                    if (!formats0(data48)) {
                      const err68 = { instancePath: instancePath + "/status/conditions/" + i8 + "/lastTransitionTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastTransitionTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/status/conditions/" + i8 + "/lastTransitionTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastTransitionTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data46.message !== void 0) {
                  if (typeof data46.message !== "string") {
                    const err70 = { instancePath: instancePath + "/status/conditions/" + i8 + "/message", schemaPath: "#/properties/status/properties/conditions/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data46.observedGeneration !== void 0) {
                  let data50 = data46.observedGeneration;
                  const _errs109 = errors;
                  let valid27 = false;
                  const _errs110 = errors;
                  if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50))) {
                    const err71 = { instancePath: instancePath + "/status/conditions/" + i8 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                  var _valid0 = _errs110 === errors;
                  valid27 = valid27 || _valid0;
                  if (!valid27) {
                    const _errs112 = errors;
                    if (typeof data50 !== "string") {
                      const err72 = { instancePath: instancePath + "/status/conditions/" + i8 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                    var _valid0 = _errs112 === errors;
                    valid27 = valid27 || _valid0;
                  }
                  if (!valid27) {
                    const err73 = { instancePath: instancePath + "/status/conditions/" + i8 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  } else {
                    errors = _errs109;
                    if (vErrors !== null) {
                      if (_errs109) {
                        vErrors.length = _errs109;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data46.reason !== void 0) {
                  if (typeof data46.reason !== "string") {
                    const err74 = { instancePath: instancePath + "/status/conditions/" + i8 + "/reason", schemaPath: "#/properties/status/properties/conditions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data46.status !== void 0) {
                  if (typeof data46.status !== "string") {
                    const err75 = { instancePath: instancePath + "/status/conditions/" + i8 + "/status", schemaPath: "#/properties/status/properties/conditions/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data46.type !== void 0) {
                  if (typeof data46.type !== "string") {
                    const err76 = { instancePath: instancePath + "/status/conditions/" + i8 + "/type", schemaPath: "#/properties/status/properties/conditions/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
              } else {
                const err77 = { instancePath: instancePath + "/status/conditions/" + i8, schemaPath: "#/properties/status/properties/conditions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
          } else {
            const err78 = { instancePath: instancePath + "/status/conditions", schemaPath: "#/properties/status/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data44.observedGeneration !== void 0) {
          let data54 = data44.observedGeneration;
          const _errs121 = errors;
          let valid28 = false;
          const _errs122 = errors;
          if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
            const err79 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
          var _valid1 = _errs122 === errors;
          valid28 = valid28 || _valid1;
          if (!valid28) {
            const _errs124 = errors;
            if (typeof data54 !== "string") {
              const err80 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            var _valid1 = _errs124 === errors;
            valid28 = valid28 || _valid1;
          }
          if (!valid28) {
            const err81 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          } else {
            errors = _errs121;
            if (vErrors !== null) {
              if (_errs121) {
                vErrors.length = _errs121;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data44.validationMessages !== void 0) {
          let data55 = data44.validationMessages;
          if (Array.isArray(data55)) {
            const len9 = data55.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data56 = data55[i9];
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                for (const key8 in data56) {
                  if (!(key8 === "documentationUrl" || key8 === "level" || key8 === "type")) {
                    const err82 = { instancePath: instancePath + "/status/validationMessages/" + i9, schemaPath: "#/properties/status/properties/validationMessages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                if (data56.documentationUrl !== void 0) {
                  if (typeof data56.documentationUrl !== "string") {
                    const err83 = { instancePath: instancePath + "/status/validationMessages/" + i9 + "/documentationUrl", schemaPath: "#/properties/status/properties/validationMessages/items/properties/documentationUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
                if (data56.level !== void 0) {
                  let data58 = data56.level;
                  if (typeof data58 !== "string") {
                    const err84 = { instancePath: instancePath + "/status/validationMessages/" + i9 + "/level", schemaPath: "#/properties/status/properties/validationMessages/items/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                  if (!(data58 === "UNKNOWN" || data58 === "ERROR" || data58 === "WARNING" || data58 === "INFO")) {
                    const err85 = { instancePath: instancePath + "/status/validationMessages/" + i9 + "/level", schemaPath: "#/properties/status/properties/validationMessages/items/properties/level/enum", keyword: "enum", params: { allowedValues: schema12.properties.status.properties.validationMessages.items.properties.level.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
                if (data56.type !== void 0) {
                  let data59 = data56.type;
                  if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                    for (const key9 in data59) {
                      if (!(key9 === "code" || key9 === "name")) {
                        const err86 = { instancePath: instancePath + "/status/validationMessages/" + i9 + "/type", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                    if (data59.code !== void 0) {
                      if (typeof data59.code !== "string") {
                        const err87 = { instancePath: instancePath + "/status/validationMessages/" + i9 + "/type/code", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err87];
                        } else {
                          vErrors.push(err87);
                        }
                        errors++;
                      }
                    }
                    if (data59.name !== void 0) {
                      if (typeof data59.name !== "string") {
                        const err88 = { instancePath: instancePath + "/status/validationMessages/" + i9 + "/type/name", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err89 = { instancePath: instancePath + "/status/validationMessages/" + i9 + "/type", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
              } else {
                const err90 = { instancePath: instancePath + "/status/validationMessages/" + i9, schemaPath: "#/properties/status/properties/validationMessages/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
          } else {
            const err91 = { instancePath: instancePath + "/status/validationMessages", schemaPath: "#/properties/status/properties/validationMessages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
  } else {
    const err93 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err93];
    } else {
      vErrors.push(err93);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
export {
  validate
};
