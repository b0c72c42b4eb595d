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

// src/plan/schemas/validators/io.k8s.api.core.v1.ConfigMap.js
var validate = validate11;
var formats0 = formats.byte;
var schema13 = { "properties": { "annotations": { "additionalProperties": { "type": "string" }, "type": "object" }, "creationTimestamp": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time" }, "deletionGracePeriodSeconds": { "format": "int64", "type": "integer" }, "deletionTimestamp": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time" }, "finalizers": { "items": { "type": "string" }, "type": "array", "x-kubernetes-list-type": "set" }, "generateName": { "type": "string" }, "generation": { "format": "int64", "type": "integer" }, "labels": { "additionalProperties": { "type": "string" }, "type": "object" }, "managedFields": { "items": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry" }, "type": "array", "x-kubernetes-list-type": "atomic" }, "name": { "type": "string" }, "namespace": { "type": "string" }, "ownerReferences": { "items": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference" }, "type": "array", "x-kubernetes-list-map-keys": ["uid"], "x-kubernetes-list-type": "map" }, "resourceVersion": { "type": "string" }, "selfLink": { "type": "string" }, "uid": { "type": "string" } }, "type": "object", "additionalProperties": false };
var func2 = Object.prototype.hasOwnProperty;
var formats2 = formats["date-time"];
var formats4 = formats.int64;
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
        if (!formats2(data6)) {
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
        if (!formats2(data2)) {
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
        if (!formats4.validate(data3)) {
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
        if (!formats2(data4)) {
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
        if (!formats4.validate(data8)) {
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
      if (!(key0 === "apiVersion" || key0 === "binaryData" || key0 === "data" || key0 === "immutable" || key0 === "kind" || key0 === "metadata")) {
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
    if (data.binaryData !== void 0) {
      let data1 = data.binaryData;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          let data2 = data1[key1];
          if (typeof data2 === "string") {
            if (!formats0(data2)) {
              const err2 = { instancePath: instancePath + "/binaryData/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/binaryData/additionalProperties/format", keyword: "format", params: { format: "byte" }, message: 'must match format "byte"' };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/binaryData/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/binaryData/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/binaryData", schemaPath: "#/properties/binaryData/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data3 = data.data;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key2 in data3) {
          if (typeof data3[key2] !== "string") {
            const err5 = { instancePath: instancePath + "/data/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.immutable !== void 0) {
      if (typeof data.immutable !== "boolean") {
        const err7 = { instancePath: instancePath + "/immutable", schemaPath: "#/properties/immutable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
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
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
export {
  validate
};
