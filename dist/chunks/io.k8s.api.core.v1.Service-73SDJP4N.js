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

// src/plan/schemas/validators/io.k8s.api.core.v1.Service.js
var validate = validate11;
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
var schema20 = { "properties": { "allocateLoadBalancerNodePorts": { "type": "boolean" }, "clusterIP": { "type": "string" }, "clusterIPs": { "items": { "type": "string" }, "type": "array", "x-kubernetes-list-type": "atomic" }, "externalIPs": { "items": { "type": "string" }, "type": "array", "x-kubernetes-list-type": "atomic" }, "externalName": { "type": "string" }, "externalTrafficPolicy": { "type": "string" }, "healthCheckNodePort": { "format": "int32", "type": "integer" }, "internalTrafficPolicy": { "type": "string" }, "ipFamilies": { "items": { "type": "string" }, "type": "array", "x-kubernetes-list-type": "atomic" }, "ipFamilyPolicy": { "type": "string" }, "loadBalancerClass": { "type": "string" }, "loadBalancerIP": { "type": "string" }, "loadBalancerSourceRanges": { "items": { "type": "string" }, "type": "array", "x-kubernetes-list-type": "atomic" }, "ports": { "items": { "$ref": "#/$defs/io.k8s.api.core.v1.ServicePort" }, "type": "array", "x-kubernetes-list-map-keys": ["port", "protocol"], "x-kubernetes-list-type": "map" }, "publishNotReadyAddresses": { "type": "boolean" }, "selector": { "additionalProperties": { "type": "string" }, "type": "object" }, "sessionAffinity": { "type": "string" }, "sessionAffinityConfig": { "$ref": "#/$defs/io.k8s.api.core.v1.SessionAffinityConfig" }, "trafficDistribution": { "type": "string" }, "type": { "type": "string" } }, "type": "object", "additionalProperties": false };
var formats10 = formats.int32;
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.port === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "appProtocol" || key0 === "name" || key0 === "nodePort" || key0 === "port" || key0 === "protocol" || key0 === "targetPort")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.appProtocol !== void 0) {
      if (typeof data.appProtocol !== "string") {
        const err2 = { instancePath: instancePath + "/appProtocol", schemaPath: "#/properties/appProtocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.nodePort !== void 0) {
      let data2 = data.nodePort;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err4 = { instancePath: instancePath + "/nodePort", schemaPath: "#/properties/nodePort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (!formats10.validate(data2)) {
          const err5 = { instancePath: instancePath + "/nodePort", schemaPath: "#/properties/nodePort/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.port !== void 0) {
      let data3 = data.port;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err6 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (!formats10.validate(data3)) {
          const err7 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.protocol !== void 0) {
      if (typeof data.protocol !== "string") {
        const err8 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.targetPort !== void 0) {
      let data5 = data.targetPort;
      const _errs14 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs15 = errors;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err9 = { instancePath: instancePath + "/targetPort", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.util.intstr.IntOrString/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs15 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs17 = errors;
      if (typeof data5 !== "string") {
        const err10 = { instancePath: instancePath + "/targetPort", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.util.intstr.IntOrString/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err11 = { instancePath: instancePath + "/targetPort", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.util.intstr.IntOrString/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs14;
        if (vErrors !== null) {
          if (_errs14) {
            vErrors.length = _errs14;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "clientIP")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.clientIP !== void 0) {
      let data0 = data.clientIP;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "timeoutSeconds")) {
            const err1 = { instancePath: instancePath + "/clientIP", schemaPath: "#/$defs/io.k8s.api.core.v1.ClientIPConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.timeoutSeconds !== void 0) {
          let data1 = data0.timeoutSeconds;
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
            const err2 = { instancePath: instancePath + "/clientIP/timeoutSeconds", schemaPath: "#/$defs/io.k8s.api.core.v1.ClientIPConfig/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (typeof data1 == "number" && isFinite(data1)) {
            if (!formats10.validate(data1)) {
              const err3 = { instancePath: instancePath + "/clientIP/timeoutSeconds", schemaPath: "#/$defs/io.k8s.api.core.v1.ClientIPConfig/properties/timeoutSeconds/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/clientIP", schemaPath: "#/$defs/io.k8s.api.core.v1.ClientIPConfig/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema20.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.allocateLoadBalancerNodePorts !== void 0) {
      if (typeof data.allocateLoadBalancerNodePorts !== "boolean") {
        const err1 = { instancePath: instancePath + "/allocateLoadBalancerNodePorts", schemaPath: "#/properties/allocateLoadBalancerNodePorts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.clusterIP !== void 0) {
      if (typeof data.clusterIP !== "string") {
        const err2 = { instancePath: instancePath + "/clusterIP", schemaPath: "#/properties/clusterIP/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.clusterIPs !== void 0) {
      let data2 = data.clusterIPs;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/clusterIPs/" + i0, schemaPath: "#/properties/clusterIPs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/clusterIPs", schemaPath: "#/properties/clusterIPs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.externalIPs !== void 0) {
      let data4 = data.externalIPs;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data4[i1] !== "string") {
            const err5 = { instancePath: instancePath + "/externalIPs/" + i1, schemaPath: "#/properties/externalIPs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/externalIPs", schemaPath: "#/properties/externalIPs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.externalName !== void 0) {
      if (typeof data.externalName !== "string") {
        const err7 = { instancePath: instancePath + "/externalName", schemaPath: "#/properties/externalName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.externalTrafficPolicy !== void 0) {
      if (typeof data.externalTrafficPolicy !== "string") {
        const err8 = { instancePath: instancePath + "/externalTrafficPolicy", schemaPath: "#/properties/externalTrafficPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.healthCheckNodePort !== void 0) {
      let data8 = data.healthCheckNodePort;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err9 = { instancePath: instancePath + "/healthCheckNodePort", schemaPath: "#/properties/healthCheckNodePort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (!formats10.validate(data8)) {
          const err10 = { instancePath: instancePath + "/healthCheckNodePort", schemaPath: "#/properties/healthCheckNodePort/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.internalTrafficPolicy !== void 0) {
      if (typeof data.internalTrafficPolicy !== "string") {
        const err11 = { instancePath: instancePath + "/internalTrafficPolicy", schemaPath: "#/properties/internalTrafficPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.ipFamilies !== void 0) {
      let data10 = data.ipFamilies;
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data10[i2] !== "string") {
            const err12 = { instancePath: instancePath + "/ipFamilies/" + i2, schemaPath: "#/properties/ipFamilies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/ipFamilies", schemaPath: "#/properties/ipFamilies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.ipFamilyPolicy !== void 0) {
      if (typeof data.ipFamilyPolicy !== "string") {
        const err14 = { instancePath: instancePath + "/ipFamilyPolicy", schemaPath: "#/properties/ipFamilyPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.loadBalancerClass !== void 0) {
      if (typeof data.loadBalancerClass !== "string") {
        const err15 = { instancePath: instancePath + "/loadBalancerClass", schemaPath: "#/properties/loadBalancerClass/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.loadBalancerIP !== void 0) {
      if (typeof data.loadBalancerIP !== "string") {
        const err16 = { instancePath: instancePath + "/loadBalancerIP", schemaPath: "#/properties/loadBalancerIP/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.loadBalancerSourceRanges !== void 0) {
      let data15 = data.loadBalancerSourceRanges;
      if (Array.isArray(data15)) {
        const len3 = data15.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data15[i3] !== "string") {
            const err17 = { instancePath: instancePath + "/loadBalancerSourceRanges/" + i3, schemaPath: "#/properties/loadBalancerSourceRanges/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/loadBalancerSourceRanges", schemaPath: "#/properties/loadBalancerSourceRanges/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data17 = data.ports;
      if (Array.isArray(data17)) {
        const len4 = data17.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate17(data17[i4], { instancePath: instancePath + "/ports/" + i4, parentData: data17, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.publishNotReadyAddresses !== void 0) {
      if (typeof data.publishNotReadyAddresses !== "boolean") {
        const err20 = { instancePath: instancePath + "/publishNotReadyAddresses", schemaPath: "#/properties/publishNotReadyAddresses/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.selector !== void 0) {
      let data20 = data.selector;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key1 in data20) {
          if (typeof data20[key1] !== "string") {
            const err21 = { instancePath: instancePath + "/selector/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/selector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/selector", schemaPath: "#/properties/selector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.sessionAffinity !== void 0) {
      if (typeof data.sessionAffinity !== "string") {
        const err23 = { instancePath: instancePath + "/sessionAffinity", schemaPath: "#/properties/sessionAffinity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.sessionAffinityConfig !== void 0) {
      if (!validate19(data.sessionAffinityConfig, { instancePath: instancePath + "/sessionAffinityConfig", parentData: data, parentDataProperty: "sessionAffinityConfig", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.trafficDistribution !== void 0) {
      if (typeof data.trafficDistribution !== "string") {
        const err24 = { instancePath: instancePath + "/trafficDistribution", schemaPath: "#/properties/trafficDistribution/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err25 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.lastTransitionTime === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lastTransitionTime" }, message: "must have required property 'lastTransitionTime'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "lastTransitionTime" || key0 === "message" || key0 === "observedGeneration" || key0 === "reason" || key0 === "status" || key0 === "type")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.lastTransitionTime !== void 0) {
      let data0 = data.lastTransitionTime;
      if (typeof data0 === "string") {
        if (!formats0(data0)) {
          const err6 = { instancePath: instancePath + "/lastTransitionTime", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/lastTransitionTime", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err8 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.observedGeneration !== void 0) {
      let data2 = data.observedGeneration;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err9 = { instancePath: instancePath + "/observedGeneration", schemaPath: "#/properties/observedGeneration/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (!formats2.validate(data2)) {
          const err10 = { instancePath: instancePath + "/observedGeneration", schemaPath: "#/properties/observedGeneration/format", keyword: "format", params: { format: "int64" }, message: 'must match format "int64"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err11 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err12 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err13 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "hostname" || key0 === "ip" || key0 === "ipMode" || key0 === "ports")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      if (typeof data.hostname !== "string") {
        const err1 = { instancePath: instancePath + "/hostname", schemaPath: "#/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ip !== void 0) {
      if (typeof data.ip !== "string") {
        const err2 = { instancePath: instancePath + "/ip", schemaPath: "#/properties/ip/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.ipMode !== void 0) {
      if (typeof data.ipMode !== "string") {
        const err3 = { instancePath: instancePath + "/ipMode", schemaPath: "#/properties/ipMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data3 = data.ports;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.port === void 0) {
              const err4 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/$defs/io.k8s.api.core.v1.PortStatus/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data4.protocol === void 0) {
              const err5 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/$defs/io.k8s.api.core.v1.PortStatus/required", keyword: "required", params: { missingProperty: "protocol" }, message: "must have required property 'protocol'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "error" || key1 === "port" || key1 === "protocol")) {
                const err6 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/$defs/io.k8s.api.core.v1.PortStatus/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data4.error !== void 0) {
              if (typeof data4.error !== "string") {
                const err7 = { instancePath: instancePath + "/ports/" + i0 + "/error", schemaPath: "#/$defs/io.k8s.api.core.v1.PortStatus/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data4.port !== void 0) {
              let data6 = data4.port;
              if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                const err8 = { instancePath: instancePath + "/ports/" + i0 + "/port", schemaPath: "#/$defs/io.k8s.api.core.v1.PortStatus/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              if (typeof data6 == "number" && isFinite(data6)) {
                if (!formats10.validate(data6)) {
                  const err9 = { instancePath: instancePath + "/ports/" + i0 + "/port", schemaPath: "#/$defs/io.k8s.api.core.v1.PortStatus/properties/port/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
            }
            if (data4.protocol !== void 0) {
              if (typeof data4.protocol !== "string") {
                const err10 = { instancePath: instancePath + "/ports/" + i0 + "/protocol", schemaPath: "#/$defs/io.k8s.api.core.v1.PortStatus/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/$defs/io.k8s.api.core.v1.PortStatus/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "ingress")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ingress !== void 0) {
      let data0 = data.ingress;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate26(data0[i0], { instancePath: instancePath + "/ingress/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/ingress", schemaPath: "#/properties/ingress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "conditions" || key0 === "loadBalancer")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.conditions !== void 0) {
      let data0 = data.conditions;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate23(data0[i0], { instancePath: instancePath + "/conditions/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.loadBalancer !== void 0) {
      if (!validate25(data.loadBalancer, { instancePath: instancePath + "/loadBalancer", parentData: data, parentDataProperty: "loadBalancer", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate22.errors = vErrors;
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
      if (!validate16(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      if (!validate22(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
export {
  validate
};
