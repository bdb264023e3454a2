/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const parley = $root.parley = (() => {

    /**
     * Namespace parley.
     * @exports parley
     * @namespace
     */
    const parley = {};

    parley.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof parley
         * @namespace
         */
        const v1 = {};

        /**
         * ConversationKind enum.
         * @name parley.v1.ConversationKind
         * @enum {number}
         * @property {number} CONVERSATION_KIND_UNSPECIFIED=0 CONVERSATION_KIND_UNSPECIFIED value
         * @property {number} CONVERSATION_KIND_DIRECT=1 CONVERSATION_KIND_DIRECT value
         * @property {number} CONVERSATION_KIND_GROUP=2 CONVERSATION_KIND_GROUP value
         */
        v1.ConversationKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONVERSATION_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CONVERSATION_KIND_DIRECT"] = 1;
            values[valuesById[2] = "CONVERSATION_KIND_GROUP"] = 2;
            return values;
        })();

        v1.ConversationCreated = (function() {

            /**
             * Properties of a ConversationCreated.
             * @typedef {Object} parley.v1.ConversationCreated.$Properties
             * @property {string|null} [conversationId] ConversationCreated conversationId
             * @property {parley.v1.ConversationKind|null} [kind] ConversationCreated kind
             * @property {Array.<string>|null} [memberIds] ConversationCreated memberIds
             * @property {string|null} [createdBy] ConversationCreated createdBy
             * @property {number|null} [atMs] ConversationCreated atMs
             * @property {string|null} [name] ConversationCreated name
             * @property {Array.<string>|null} [adminIds] ConversationCreated adminIds
             * @property {number|null} [memberLimit] ConversationCreated memberLimit
             * @property {boolean|null} [shareHistory] ConversationCreated shareHistory
             * @property {number|null} [copyLimit] ConversationCreated copyLimit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConversationCreated.
             * @memberof parley.v1
             * @interface IConversationCreated
             * @augments parley.v1.ConversationCreated.$Properties
             * @deprecated Use parley.v1.ConversationCreated.$Properties instead.
             */

            /**
             * Shape of a ConversationCreated.
             * @typedef {parley.v1.ConversationCreated.$Properties} parley.v1.ConversationCreated.$Shape
             */

            /**
             * Constructs a new ConversationCreated.
             * @memberof parley.v1
             * @classdesc Represents a ConversationCreated.
             * @constructor
             * @param {parley.v1.ConversationCreated.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConversationCreated = function (properties) {
                this.memberIds = [];
                this.adminIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConversationCreated conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.ConversationCreated
             * @instance
             */
            ConversationCreated.prototype.conversationId = "";

            /**
             * ConversationCreated kind.
             * @member {parley.v1.ConversationKind} kind
             * @memberof parley.v1.ConversationCreated
             * @instance
             */
            ConversationCreated.prototype.kind = 0;

            /**
             * ConversationCreated memberIds.
             * @member {Array.<string>} memberIds
             * @memberof parley.v1.ConversationCreated
             * @instance
             */
            ConversationCreated.prototype.memberIds = $util.emptyArray;

            /**
             * ConversationCreated createdBy.
             * @member {string} createdBy
             * @memberof parley.v1.ConversationCreated
             * @instance
             */
            ConversationCreated.prototype.createdBy = "";

            /**
             * ConversationCreated atMs.
             * @member {number} atMs
             * @memberof parley.v1.ConversationCreated
             * @instance
             */
            ConversationCreated.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ConversationCreated name.
             * @member {string} name
             * @memberof parley.v1.ConversationCreated
             * @instance
             */
            ConversationCreated.prototype.name = "";

            /**
             * ConversationCreated adminIds.
             * @member {Array.<string>} adminIds
             * @memberof parley.v1.ConversationCreated
             * @instance
             */
            ConversationCreated.prototype.adminIds = $util.emptyArray;

            /**
             * ConversationCreated memberLimit.
             * @member {number} memberLimit
             * @memberof parley.v1.ConversationCreated
             * @instance
             */
            ConversationCreated.prototype.memberLimit = 0;

            /**
             * ConversationCreated shareHistory.
             * @member {boolean} shareHistory
             * @memberof parley.v1.ConversationCreated
             * @instance
             */
            ConversationCreated.prototype.shareHistory = false;

            /**
             * ConversationCreated copyLimit.
             * @member {number} copyLimit
             * @memberof parley.v1.ConversationCreated
             * @instance
             */
            ConversationCreated.prototype.copyLimit = 0;

            /**
             * Creates a new ConversationCreated instance using the specified properties.
             * @function create
             * @memberof parley.v1.ConversationCreated
             * @static
             * @param {parley.v1.ConversationCreated.$Properties=} [properties] Properties to set
             * @returns {parley.v1.ConversationCreated} ConversationCreated instance
             * @type {{
             *   (properties: parley.v1.ConversationCreated.$Shape): parley.v1.ConversationCreated & parley.v1.ConversationCreated.$Shape;
             *   (properties?: parley.v1.ConversationCreated.$Properties): parley.v1.ConversationCreated;
             * }}
             */
            ConversationCreated.create = function(properties) {
                return new ConversationCreated(properties);
            };

            /**
             * Encodes the specified ConversationCreated message. Does not implicitly {@link parley.v1.ConversationCreated.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.ConversationCreated
             * @static
             * @param {parley.v1.ConversationCreated.$Properties} message ConversationCreated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationCreated.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.memberIds != null && message.memberIds.length)
                    for (let i = 0; i < message.memberIds.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.memberIds[i]);
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy") && message.createdBy !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.createdBy);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.atMs);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.name);
                if (message.adminIds != null && message.adminIds.length)
                    for (let i = 0; i < message.adminIds.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.adminIds[i]);
                if (message.memberLimit != null && $Object.hasOwnProperty.call(message, "memberLimit") && message.memberLimit !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.memberLimit);
                if (message.shareHistory != null && $Object.hasOwnProperty.call(message, "shareHistory") && message.shareHistory !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.shareHistory);
                if (message.copyLimit != null && $Object.hasOwnProperty.call(message, "copyLimit") && message.copyLimit !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.copyLimit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ConversationCreated message, length delimited. Does not implicitly {@link parley.v1.ConversationCreated.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.ConversationCreated
             * @static
             * @param {parley.v1.ConversationCreated.$Properties} message ConversationCreated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationCreated.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConversationCreated message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.ConversationCreated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.ConversationCreated & parley.v1.ConversationCreated.$Shape} ConversationCreated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationCreated.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.ConversationCreated();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.memberIds && message.memberIds.length))
                                message.memberIds = [];
                            message.memberIds.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.createdBy = value;
                            else
                                delete message.createdBy;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.adminIds && message.adminIds.length))
                                message.adminIds = [];
                            message.adminIds.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memberLimit = value;
                            else
                                delete message.memberLimit;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.shareHistory = value;
                            else
                                delete message.shareHistory;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.copyLimit = value;
                            else
                                delete message.copyLimit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ConversationCreated message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.ConversationCreated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.ConversationCreated & parley.v1.ConversationCreated.$Shape} ConversationCreated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationCreated.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConversationCreated message.
             * @function verify
             * @memberof parley.v1.ConversationCreated
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConversationCreated.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.memberIds != null && $Object.hasOwnProperty.call(message, "memberIds")) {
                    if (!$Array.isArray(message.memberIds))
                        return "memberIds: array expected";
                    for (let i = 0; i < message.memberIds.length; ++i)
                        if (!$util.isString(message.memberIds[i]))
                            return "memberIds: string[] expected";
                }
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy"))
                    if (!$util.isString(message.createdBy))
                        return "createdBy: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.adminIds != null && $Object.hasOwnProperty.call(message, "adminIds")) {
                    if (!$Array.isArray(message.adminIds))
                        return "adminIds: array expected";
                    for (let i = 0; i < message.adminIds.length; ++i)
                        if (!$util.isString(message.adminIds[i]))
                            return "adminIds: string[] expected";
                }
                if (message.memberLimit != null && $Object.hasOwnProperty.call(message, "memberLimit"))
                    if (!$util.isInteger(message.memberLimit))
                        return "memberLimit: integer expected";
                if (message.shareHistory != null && $Object.hasOwnProperty.call(message, "shareHistory"))
                    if (typeof message.shareHistory !== "boolean")
                        return "shareHistory: boolean expected";
                if (message.copyLimit != null && $Object.hasOwnProperty.call(message, "copyLimit"))
                    if (!$util.isInteger(message.copyLimit))
                        return "copyLimit: integer expected";
                return null;
            };

            /**
             * Creates a ConversationCreated message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.ConversationCreated
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.ConversationCreated} ConversationCreated
             */
            ConversationCreated.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.ConversationCreated)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.ConversationCreated: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.ConversationCreated();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.parley.v1.ConversationKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "CONVERSATION_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "CONVERSATION_KIND_DIRECT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "CONVERSATION_KIND_GROUP":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.memberIds) {
                    if (!$Array.isArray(object.memberIds))
                        throw $TypeError(".parley.v1.ConversationCreated.memberIds: array expected");
                    message.memberIds = $Array(object.memberIds.length);
                    for (let i = 0; i < object.memberIds.length; ++i)
                        message.memberIds[i] = $String(object.memberIds[i]);
                }
                if (object.createdBy != null)
                    if (typeof object.createdBy !== "string" || object.createdBy.length)
                        message.createdBy = $String(object.createdBy);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.adminIds) {
                    if (!$Array.isArray(object.adminIds))
                        throw $TypeError(".parley.v1.ConversationCreated.adminIds: array expected");
                    message.adminIds = $Array(object.adminIds.length);
                    for (let i = 0; i < object.adminIds.length; ++i)
                        message.adminIds[i] = $String(object.adminIds[i]);
                }
                if (object.memberLimit != null)
                    if ($Number(object.memberLimit) !== 0)
                        message.memberLimit = object.memberLimit >>> 0;
                if (object.shareHistory != null)
                    if (object.shareHistory)
                        message.shareHistory = $Boolean(object.shareHistory);
                if (object.copyLimit != null)
                    if ($Number(object.copyLimit) !== 0)
                        message.copyLimit = object.copyLimit >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ConversationCreated message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.ConversationCreated
             * @static
             * @param {parley.v1.ConversationCreated} message ConversationCreated
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConversationCreated.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.memberIds = [];
                    object.adminIds = [];
                }
                if (options.defaults) {
                    object.conversationId = "";
                    object.kind = options.enums === $String ? "CONVERSATION_KIND_UNSPECIFIED" : 0;
                    object.createdBy = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.name = "";
                    object.memberLimit = 0;
                    object.shareHistory = false;
                    object.copyLimit = 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.parley.v1.ConversationKind[message.kind] === $undefined ? message.kind : $root.parley.v1.ConversationKind[message.kind] : message.kind;
                if (message.memberIds && message.memberIds.length) {
                    object.memberIds = $Array(message.memberIds.length);
                    for (let j = 0; j < message.memberIds.length; ++j)
                        object.memberIds[j] = message.memberIds[j];
                }
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy"))
                    object.createdBy = message.createdBy;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.adminIds && message.adminIds.length) {
                    object.adminIds = $Array(message.adminIds.length);
                    for (let j = 0; j < message.adminIds.length; ++j)
                        object.adminIds[j] = message.adminIds[j];
                }
                if (message.memberLimit != null && $Object.hasOwnProperty.call(message, "memberLimit"))
                    object.memberLimit = message.memberLimit;
                if (message.shareHistory != null && $Object.hasOwnProperty.call(message, "shareHistory"))
                    object.shareHistory = message.shareHistory;
                if (message.copyLimit != null && $Object.hasOwnProperty.call(message, "copyLimit"))
                    object.copyLimit = message.copyLimit;
                return object;
            };

            /**
             * Converts this ConversationCreated to JSON.
             * @function toJSON
             * @memberof parley.v1.ConversationCreated
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConversationCreated.prototype.toJSON = function() {
                return ConversationCreated.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConversationCreated
             * @function getTypeUrl
             * @memberof parley.v1.ConversationCreated
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConversationCreated.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.ConversationCreated";
            };

            return ConversationCreated;
        })();

        v1.MessagePosted = (function() {

            /**
             * Properties of a MessagePosted.
             * @typedef {Object} parley.v1.MessagePosted.$Properties
             * @property {string|null} [messageId] MessagePosted messageId
             * @property {string|null} [conversationId] MessagePosted conversationId
             * @property {string|null} [senderId] MessagePosted senderId
             * @property {string|null} [senderDeviceId] MessagePosted senderDeviceId
             * @property {string|null} [clientMsgId] MessagePosted clientMsgId
             * @property {string|null} [text] MessagePosted text
             * @property {Array.<string>|null} [mediaIds] MessagePosted mediaIds
             * @property {number|null} [sentAtMs] MessagePosted sentAtMs
             * @property {string|null} [replyToMessageId] MessagePosted replyToMessageId
             * @property {number|null} [editUntilMs] MessagePosted editUntilMs
             * @property {number|null} [deleteUntilMs] MessagePosted deleteUntilMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessagePosted.
             * @memberof parley.v1
             * @interface IMessagePosted
             * @augments parley.v1.MessagePosted.$Properties
             * @deprecated Use parley.v1.MessagePosted.$Properties instead.
             */

            /**
             * Shape of a MessagePosted.
             * @typedef {parley.v1.MessagePosted.$Properties} parley.v1.MessagePosted.$Shape
             */

            /**
             * Constructs a new MessagePosted.
             * @memberof parley.v1
             * @classdesc Represents a MessagePosted.
             * @constructor
             * @param {parley.v1.MessagePosted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MessagePosted = function (properties) {
                this.mediaIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MessagePosted messageId.
             * @member {string} messageId
             * @memberof parley.v1.MessagePosted
             * @instance
             */
            MessagePosted.prototype.messageId = "";

            /**
             * MessagePosted conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.MessagePosted
             * @instance
             */
            MessagePosted.prototype.conversationId = "";

            /**
             * MessagePosted senderId.
             * @member {string} senderId
             * @memberof parley.v1.MessagePosted
             * @instance
             */
            MessagePosted.prototype.senderId = "";

            /**
             * MessagePosted senderDeviceId.
             * @member {string} senderDeviceId
             * @memberof parley.v1.MessagePosted
             * @instance
             */
            MessagePosted.prototype.senderDeviceId = "";

            /**
             * MessagePosted clientMsgId.
             * @member {string} clientMsgId
             * @memberof parley.v1.MessagePosted
             * @instance
             */
            MessagePosted.prototype.clientMsgId = "";

            /**
             * MessagePosted text.
             * @member {string} text
             * @memberof parley.v1.MessagePosted
             * @instance
             */
            MessagePosted.prototype.text = "";

            /**
             * MessagePosted mediaIds.
             * @member {Array.<string>} mediaIds
             * @memberof parley.v1.MessagePosted
             * @instance
             */
            MessagePosted.prototype.mediaIds = $util.emptyArray;

            /**
             * MessagePosted sentAtMs.
             * @member {number} sentAtMs
             * @memberof parley.v1.MessagePosted
             * @instance
             */
            MessagePosted.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MessagePosted replyToMessageId.
             * @member {string} replyToMessageId
             * @memberof parley.v1.MessagePosted
             * @instance
             */
            MessagePosted.prototype.replyToMessageId = "";

            /**
             * MessagePosted editUntilMs.
             * @member {number} editUntilMs
             * @memberof parley.v1.MessagePosted
             * @instance
             */
            MessagePosted.prototype.editUntilMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MessagePosted deleteUntilMs.
             * @member {number} deleteUntilMs
             * @memberof parley.v1.MessagePosted
             * @instance
             */
            MessagePosted.prototype.deleteUntilMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new MessagePosted instance using the specified properties.
             * @function create
             * @memberof parley.v1.MessagePosted
             * @static
             * @param {parley.v1.MessagePosted.$Properties=} [properties] Properties to set
             * @returns {parley.v1.MessagePosted} MessagePosted instance
             * @type {{
             *   (properties: parley.v1.MessagePosted.$Shape): parley.v1.MessagePosted & parley.v1.MessagePosted.$Shape;
             *   (properties?: parley.v1.MessagePosted.$Properties): parley.v1.MessagePosted;
             * }}
             */
            MessagePosted.create = function(properties) {
                return new MessagePosted(properties);
            };

            /**
             * Encodes the specified MessagePosted message. Does not implicitly {@link parley.v1.MessagePosted.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.MessagePosted
             * @static
             * @param {parley.v1.MessagePosted.$Properties} message MessagePosted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessagePosted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.conversationId);
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId") && message.senderId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.senderId);
                if (message.senderDeviceId != null && $Object.hasOwnProperty.call(message, "senderDeviceId") && message.senderDeviceId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.senderDeviceId);
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.clientMsgId);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.text);
                if (message.mediaIds != null && message.mediaIds.length)
                    for (let i = 0; i < message.mediaIds.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.mediaIds[i]);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.sentAtMs);
                if (message.replyToMessageId != null && $Object.hasOwnProperty.call(message, "replyToMessageId") && message.replyToMessageId !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.replyToMessageId);
                if (message.editUntilMs != null && $Object.hasOwnProperty.call(message, "editUntilMs") && (typeof message.editUntilMs === "object" ? message.editUntilMs.low || message.editUntilMs.high : message.editUntilMs !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).int64(message.editUntilMs);
                if (message.deleteUntilMs != null && $Object.hasOwnProperty.call(message, "deleteUntilMs") && (typeof message.deleteUntilMs === "object" ? message.deleteUntilMs.low || message.deleteUntilMs.high : message.deleteUntilMs !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).int64(message.deleteUntilMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MessagePosted message, length delimited. Does not implicitly {@link parley.v1.MessagePosted.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.MessagePosted
             * @static
             * @param {parley.v1.MessagePosted.$Properties} message MessagePosted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessagePosted.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MessagePosted message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.MessagePosted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.MessagePosted & parley.v1.MessagePosted.$Shape} MessagePosted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessagePosted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.MessagePosted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderId = value;
                            else
                                delete message.senderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderDeviceId = value;
                            else
                                delete message.senderDeviceId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMsgId = value;
                            else
                                delete message.clientMsgId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.mediaIds && message.mediaIds.length))
                                message.mediaIds = [];
                            message.mediaIds.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replyToMessageId = value;
                            else
                                delete message.replyToMessageId;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.editUntilMs = value;
                            else
                                delete message.editUntilMs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.deleteUntilMs = value;
                            else
                                delete message.deleteUntilMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MessagePosted message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.MessagePosted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.MessagePosted & parley.v1.MessagePosted.$Shape} MessagePosted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessagePosted.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MessagePosted message.
             * @function verify
             * @memberof parley.v1.MessagePosted
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MessagePosted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId"))
                    if (!$util.isString(message.senderId))
                        return "senderId: string expected";
                if (message.senderDeviceId != null && $Object.hasOwnProperty.call(message, "senderDeviceId"))
                    if (!$util.isString(message.senderDeviceId))
                        return "senderDeviceId: string expected";
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId"))
                    if (!$util.isString(message.clientMsgId))
                        return "clientMsgId: string expected";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                if (message.mediaIds != null && $Object.hasOwnProperty.call(message, "mediaIds")) {
                    if (!$Array.isArray(message.mediaIds))
                        return "mediaIds: array expected";
                    for (let i = 0; i < message.mediaIds.length; ++i)
                        if (!$util.isString(message.mediaIds[i]))
                            return "mediaIds: string[] expected";
                }
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (!$util.isInteger(message.sentAtMs) && !(message.sentAtMs && $util.isInteger(message.sentAtMs.low) && $util.isInteger(message.sentAtMs.high)))
                        return "sentAtMs: integer|Long expected";
                if (message.replyToMessageId != null && $Object.hasOwnProperty.call(message, "replyToMessageId"))
                    if (!$util.isString(message.replyToMessageId))
                        return "replyToMessageId: string expected";
                if (message.editUntilMs != null && $Object.hasOwnProperty.call(message, "editUntilMs"))
                    if (!$util.isInteger(message.editUntilMs) && !(message.editUntilMs && $util.isInteger(message.editUntilMs.low) && $util.isInteger(message.editUntilMs.high)))
                        return "editUntilMs: integer|Long expected";
                if (message.deleteUntilMs != null && $Object.hasOwnProperty.call(message, "deleteUntilMs"))
                    if (!$util.isInteger(message.deleteUntilMs) && !(message.deleteUntilMs && $util.isInteger(message.deleteUntilMs.low) && $util.isInteger(message.deleteUntilMs.high)))
                        return "deleteUntilMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a MessagePosted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.MessagePosted
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.MessagePosted} MessagePosted
             */
            MessagePosted.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.MessagePosted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.MessagePosted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.MessagePosted();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.senderId != null)
                    if (typeof object.senderId !== "string" || object.senderId.length)
                        message.senderId = $String(object.senderId);
                if (object.senderDeviceId != null)
                    if (typeof object.senderDeviceId !== "string" || object.senderDeviceId.length)
                        message.senderDeviceId = $String(object.senderDeviceId);
                if (object.clientMsgId != null)
                    if (typeof object.clientMsgId !== "string" || object.clientMsgId.length)
                        message.clientMsgId = $String(object.clientMsgId);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.mediaIds) {
                    if (!$Array.isArray(object.mediaIds))
                        throw $TypeError(".parley.v1.MessagePosted.mediaIds: array expected");
                    message.mediaIds = $Array(object.mediaIds.length);
                    for (let i = 0; i < object.mediaIds.length; ++i)
                        message.mediaIds[i] = $String(object.mediaIds[i]);
                }
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, false);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber();
                if (object.replyToMessageId != null)
                    if (typeof object.replyToMessageId !== "string" || object.replyToMessageId.length)
                        message.replyToMessageId = $String(object.replyToMessageId);
                if (object.editUntilMs != null)
                    if (typeof object.editUntilMs === "object" ? object.editUntilMs.low || object.editUntilMs.high : $Number(object.editUntilMs) !== 0)
                        if ($util.Long)
                            message.editUntilMs = $util.Long.fromValue(object.editUntilMs, false);
                        else if (typeof object.editUntilMs === "string")
                            message.editUntilMs = $parseInt(object.editUntilMs, 10);
                        else if (typeof object.editUntilMs === "number")
                            message.editUntilMs = object.editUntilMs;
                        else if (typeof object.editUntilMs === "object")
                            message.editUntilMs = new $util.LongBits(object.editUntilMs.low >>> 0, object.editUntilMs.high >>> 0).toNumber();
                if (object.deleteUntilMs != null)
                    if (typeof object.deleteUntilMs === "object" ? object.deleteUntilMs.low || object.deleteUntilMs.high : $Number(object.deleteUntilMs) !== 0)
                        if ($util.Long)
                            message.deleteUntilMs = $util.Long.fromValue(object.deleteUntilMs, false);
                        else if (typeof object.deleteUntilMs === "string")
                            message.deleteUntilMs = $parseInt(object.deleteUntilMs, 10);
                        else if (typeof object.deleteUntilMs === "number")
                            message.deleteUntilMs = object.deleteUntilMs;
                        else if (typeof object.deleteUntilMs === "object")
                            message.deleteUntilMs = new $util.LongBits(object.deleteUntilMs.low >>> 0, object.deleteUntilMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a MessagePosted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.MessagePosted
             * @static
             * @param {parley.v1.MessagePosted} message MessagePosted
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MessagePosted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.mediaIds = [];
                if (options.defaults) {
                    object.messageId = "";
                    object.conversationId = "";
                    object.senderId = "";
                    object.senderDeviceId = "";
                    object.clientMsgId = "";
                    object.text = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.replyToMessageId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.editUntilMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.editUntilMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.deleteUntilMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.deleteUntilMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId"))
                    object.senderId = message.senderId;
                if (message.senderDeviceId != null && $Object.hasOwnProperty.call(message, "senderDeviceId"))
                    object.senderDeviceId = message.senderDeviceId;
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId"))
                    object.clientMsgId = message.clientMsgId;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.mediaIds && message.mediaIds.length) {
                    object.mediaIds = $Array(message.mediaIds.length);
                    for (let j = 0; j < message.mediaIds.length; ++j)
                        object.mediaIds[j] = message.mediaIds[j];
                }
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber() : message.sentAtMs;
                if (message.replyToMessageId != null && $Object.hasOwnProperty.call(message, "replyToMessageId"))
                    object.replyToMessageId = message.replyToMessageId;
                if (message.editUntilMs != null && $Object.hasOwnProperty.call(message, "editUntilMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.editUntilMs = typeof message.editUntilMs === "number" ? $BigInt(message.editUntilMs) : $util.Long.fromBits(message.editUntilMs.low >>> 0, message.editUntilMs.high >>> 0, false).toBigInt();
                    else if (typeof message.editUntilMs === "number")
                        object.editUntilMs = options.longs === $String ? $String(message.editUntilMs) : message.editUntilMs;
                    else
                        object.editUntilMs = options.longs === $String ? $util.Long.prototype.toString.call(message.editUntilMs) : options.longs === $Number ? new $util.LongBits(message.editUntilMs.low >>> 0, message.editUntilMs.high >>> 0).toNumber() : message.editUntilMs;
                if (message.deleteUntilMs != null && $Object.hasOwnProperty.call(message, "deleteUntilMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.deleteUntilMs = typeof message.deleteUntilMs === "number" ? $BigInt(message.deleteUntilMs) : $util.Long.fromBits(message.deleteUntilMs.low >>> 0, message.deleteUntilMs.high >>> 0, false).toBigInt();
                    else if (typeof message.deleteUntilMs === "number")
                        object.deleteUntilMs = options.longs === $String ? $String(message.deleteUntilMs) : message.deleteUntilMs;
                    else
                        object.deleteUntilMs = options.longs === $String ? $util.Long.prototype.toString.call(message.deleteUntilMs) : options.longs === $Number ? new $util.LongBits(message.deleteUntilMs.low >>> 0, message.deleteUntilMs.high >>> 0).toNumber() : message.deleteUntilMs;
                return object;
            };

            /**
             * Converts this MessagePosted to JSON.
             * @function toJSON
             * @memberof parley.v1.MessagePosted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MessagePosted.prototype.toJSON = function() {
                return MessagePosted.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MessagePosted
             * @function getTypeUrl
             * @memberof parley.v1.MessagePosted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MessagePosted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.MessagePosted";
            };

            return MessagePosted;
        })();

        v1.UserRegistered = (function() {

            /**
             * Properties of a UserRegistered.
             * @typedef {Object} parley.v1.UserRegistered.$Properties
             * @property {string|null} [userId] UserRegistered userId
             * @property {string|null} [username] UserRegistered username
             * @property {string|null} [displayName] UserRegistered displayName
             * @property {string|null} [email] UserRegistered email
             * @property {string|null} [passwordHash] UserRegistered passwordHash
             * @property {number|null} [atMs] UserRegistered atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UserRegistered.
             * @memberof parley.v1
             * @interface IUserRegistered
             * @augments parley.v1.UserRegistered.$Properties
             * @deprecated Use parley.v1.UserRegistered.$Properties instead.
             */

            /**
             * Shape of a UserRegistered.
             * @typedef {parley.v1.UserRegistered.$Properties} parley.v1.UserRegistered.$Shape
             */

            /**
             * Constructs a new UserRegistered.
             * @memberof parley.v1
             * @classdesc Represents a UserRegistered.
             * @constructor
             * @param {parley.v1.UserRegistered.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UserRegistered = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UserRegistered userId.
             * @member {string} userId
             * @memberof parley.v1.UserRegistered
             * @instance
             */
            UserRegistered.prototype.userId = "";

            /**
             * UserRegistered username.
             * @member {string} username
             * @memberof parley.v1.UserRegistered
             * @instance
             */
            UserRegistered.prototype.username = "";

            /**
             * UserRegistered displayName.
             * @member {string} displayName
             * @memberof parley.v1.UserRegistered
             * @instance
             */
            UserRegistered.prototype.displayName = "";

            /**
             * UserRegistered email.
             * @member {string} email
             * @memberof parley.v1.UserRegistered
             * @instance
             */
            UserRegistered.prototype.email = "";

            /**
             * UserRegistered passwordHash.
             * @member {string} passwordHash
             * @memberof parley.v1.UserRegistered
             * @instance
             */
            UserRegistered.prototype.passwordHash = "";

            /**
             * UserRegistered atMs.
             * @member {number} atMs
             * @memberof parley.v1.UserRegistered
             * @instance
             */
            UserRegistered.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new UserRegistered instance using the specified properties.
             * @function create
             * @memberof parley.v1.UserRegistered
             * @static
             * @param {parley.v1.UserRegistered.$Properties=} [properties] Properties to set
             * @returns {parley.v1.UserRegistered} UserRegistered instance
             * @type {{
             *   (properties: parley.v1.UserRegistered.$Shape): parley.v1.UserRegistered & parley.v1.UserRegistered.$Shape;
             *   (properties?: parley.v1.UserRegistered.$Properties): parley.v1.UserRegistered;
             * }}
             */
            UserRegistered.create = function(properties) {
                return new UserRegistered(properties);
            };

            /**
             * Encodes the specified UserRegistered message. Does not implicitly {@link parley.v1.UserRegistered.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.UserRegistered
             * @static
             * @param {parley.v1.UserRegistered.$Properties} message UserRegistered message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserRegistered.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.username);
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName") && message.displayName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.displayName);
                if (message.email != null && $Object.hasOwnProperty.call(message, "email") && message.email !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.email);
                if (message.passwordHash != null && $Object.hasOwnProperty.call(message, "passwordHash") && message.passwordHash !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.passwordHash);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UserRegistered message, length delimited. Does not implicitly {@link parley.v1.UserRegistered.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.UserRegistered
             * @static
             * @param {parley.v1.UserRegistered.$Properties} message UserRegistered message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserRegistered.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a UserRegistered message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.UserRegistered
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.UserRegistered & parley.v1.UserRegistered.$Shape} UserRegistered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserRegistered.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.UserRegistered();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.displayName = value;
                            else
                                delete message.displayName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.email = value;
                            else
                                delete message.email;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.passwordHash = value;
                            else
                                delete message.passwordHash;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a UserRegistered message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.UserRegistered
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.UserRegistered & parley.v1.UserRegistered.$Shape} UserRegistered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserRegistered.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a UserRegistered message.
             * @function verify
             * @memberof parley.v1.UserRegistered
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UserRegistered.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    if (!$util.isString(message.username))
                        return "username: string expected";
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName"))
                    if (!$util.isString(message.displayName))
                        return "displayName: string expected";
                if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                    if (!$util.isString(message.email))
                        return "email: string expected";
                if (message.passwordHash != null && $Object.hasOwnProperty.call(message, "passwordHash"))
                    if (!$util.isString(message.passwordHash))
                        return "passwordHash: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a UserRegistered message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.UserRegistered
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.UserRegistered} UserRegistered
             */
            UserRegistered.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.UserRegistered)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.UserRegistered: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.UserRegistered();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.username != null)
                    if (typeof object.username !== "string" || object.username.length)
                        message.username = $String(object.username);
                if (object.displayName != null)
                    if (typeof object.displayName !== "string" || object.displayName.length)
                        message.displayName = $String(object.displayName);
                if (object.email != null)
                    if (typeof object.email !== "string" || object.email.length)
                        message.email = $String(object.email);
                if (object.passwordHash != null)
                    if (typeof object.passwordHash !== "string" || object.passwordHash.length)
                        message.passwordHash = $String(object.passwordHash);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a UserRegistered message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.UserRegistered
             * @static
             * @param {parley.v1.UserRegistered} message UserRegistered
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UserRegistered.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.username = "";
                    object.displayName = "";
                    object.email = "";
                    object.passwordHash = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    object.username = message.username;
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName"))
                    object.displayName = message.displayName;
                if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                    object.email = message.email;
                if (message.passwordHash != null && $Object.hasOwnProperty.call(message, "passwordHash"))
                    object.passwordHash = message.passwordHash;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this UserRegistered to JSON.
             * @function toJSON
             * @memberof parley.v1.UserRegistered
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UserRegistered.prototype.toJSON = function() {
                return UserRegistered.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UserRegistered
             * @function getTypeUrl
             * @memberof parley.v1.UserRegistered
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UserRegistered.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.UserRegistered";
            };

            return UserRegistered;
        })();

        v1.UserUpdated = (function() {

            /**
             * Properties of a UserUpdated.
             * @typedef {Object} parley.v1.UserUpdated.$Properties
             * @property {string|null} [userId] UserUpdated userId
             * @property {string|null} [displayName] UserUpdated displayName
             * @property {string|null} [email] UserUpdated email
             * @property {string|null} [passwordHash] UserUpdated passwordHash
             * @property {number|null} [atMs] UserUpdated atMs
             * @property {boolean|null} [hideLastSeen] UserUpdated hideLastSeen
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UserUpdated.
             * @memberof parley.v1
             * @interface IUserUpdated
             * @augments parley.v1.UserUpdated.$Properties
             * @deprecated Use parley.v1.UserUpdated.$Properties instead.
             */

            /**
             * Shape of a UserUpdated.
             * @typedef {parley.v1.UserUpdated.$Properties} parley.v1.UserUpdated.$Shape
             */

            /**
             * Constructs a new UserUpdated.
             * @memberof parley.v1
             * @classdesc Represents a UserUpdated.
             * @constructor
             * @param {parley.v1.UserUpdated.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UserUpdated = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UserUpdated userId.
             * @member {string} userId
             * @memberof parley.v1.UserUpdated
             * @instance
             */
            UserUpdated.prototype.userId = "";

            /**
             * UserUpdated displayName.
             * @member {string|null|undefined} displayName
             * @memberof parley.v1.UserUpdated
             * @instance
             */
            UserUpdated.prototype.displayName = null;

            /**
             * UserUpdated email.
             * @member {string|null|undefined} email
             * @memberof parley.v1.UserUpdated
             * @instance
             */
            UserUpdated.prototype.email = null;

            /**
             * UserUpdated passwordHash.
             * @member {string|null|undefined} passwordHash
             * @memberof parley.v1.UserUpdated
             * @instance
             */
            UserUpdated.prototype.passwordHash = null;

            /**
             * UserUpdated atMs.
             * @member {number} atMs
             * @memberof parley.v1.UserUpdated
             * @instance
             */
            UserUpdated.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * UserUpdated hideLastSeen.
             * @member {boolean|null|undefined} hideLastSeen
             * @memberof parley.v1.UserUpdated
             * @instance
             */
            UserUpdated.prototype.hideLastSeen = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UserUpdated.prototype, "_displayName", {
                get: $util.oneOfGetter($oneOfFields = ["displayName"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UserUpdated.prototype, "_email", {
                get: $util.oneOfGetter($oneOfFields = ["email"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UserUpdated.prototype, "_passwordHash", {
                get: $util.oneOfGetter($oneOfFields = ["passwordHash"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UserUpdated.prototype, "_hideLastSeen", {
                get: $util.oneOfGetter($oneOfFields = ["hideLastSeen"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new UserUpdated instance using the specified properties.
             * @function create
             * @memberof parley.v1.UserUpdated
             * @static
             * @param {parley.v1.UserUpdated.$Properties=} [properties] Properties to set
             * @returns {parley.v1.UserUpdated} UserUpdated instance
             * @type {{
             *   (properties: parley.v1.UserUpdated.$Shape): parley.v1.UserUpdated & parley.v1.UserUpdated.$Shape;
             *   (properties?: parley.v1.UserUpdated.$Properties): parley.v1.UserUpdated;
             * }}
             */
            UserUpdated.create = function(properties) {
                return new UserUpdated(properties);
            };

            /**
             * Encodes the specified UserUpdated message. Does not implicitly {@link parley.v1.UserUpdated.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.UserUpdated
             * @static
             * @param {parley.v1.UserUpdated.$Properties} message UserUpdated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserUpdated.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.displayName);
                if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.email);
                if (message.passwordHash != null && $Object.hasOwnProperty.call(message, "passwordHash"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.passwordHash);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.atMs);
                if (message.hideLastSeen != null && $Object.hasOwnProperty.call(message, "hideLastSeen"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.hideLastSeen);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UserUpdated message, length delimited. Does not implicitly {@link parley.v1.UserUpdated.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.UserUpdated
             * @static
             * @param {parley.v1.UserUpdated.$Properties} message UserUpdated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserUpdated.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a UserUpdated message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.UserUpdated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.UserUpdated & parley.v1.UserUpdated.$Shape} UserUpdated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserUpdated.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.UserUpdated();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.displayName = reader.stringVerify();
                            message._displayName = "displayName";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.email = reader.stringVerify();
                            message._email = "email";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.passwordHash = reader.stringVerify();
                            message._passwordHash = "passwordHash";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.hideLastSeen = reader.bool();
                            message._hideLastSeen = "hideLastSeen";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a UserUpdated message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.UserUpdated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.UserUpdated & parley.v1.UserUpdated.$Shape} UserUpdated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserUpdated.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a UserUpdated message.
             * @function verify
             * @memberof parley.v1.UserUpdated
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UserUpdated.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName")) {
                    properties._displayName = 1;
                    if (!$util.isString(message.displayName))
                        return "displayName: string expected";
                }
                if (message.email != null && $Object.hasOwnProperty.call(message, "email")) {
                    properties._email = 1;
                    if (!$util.isString(message.email))
                        return "email: string expected";
                }
                if (message.passwordHash != null && $Object.hasOwnProperty.call(message, "passwordHash")) {
                    properties._passwordHash = 1;
                    if (!$util.isString(message.passwordHash))
                        return "passwordHash: string expected";
                }
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                if (message.hideLastSeen != null && $Object.hasOwnProperty.call(message, "hideLastSeen")) {
                    properties._hideLastSeen = 1;
                    if (typeof message.hideLastSeen !== "boolean")
                        return "hideLastSeen: boolean expected";
                }
                return null;
            };

            /**
             * Creates a UserUpdated message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.UserUpdated
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.UserUpdated} UserUpdated
             */
            UserUpdated.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.UserUpdated)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.UserUpdated: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.UserUpdated();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.displayName != null)
                    message.displayName = $String(object.displayName);
                if (object.email != null)
                    message.email = $String(object.email);
                if (object.passwordHash != null)
                    message.passwordHash = $String(object.passwordHash);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                if (object.hideLastSeen != null)
                    message.hideLastSeen = $Boolean(object.hideLastSeen);
                return message;
            };

            /**
             * Creates a plain object from a UserUpdated message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.UserUpdated
             * @static
             * @param {parley.v1.UserUpdated} message UserUpdated
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UserUpdated.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName"))
                    object.displayName = message.displayName;
                if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                    object.email = message.email;
                if (message.passwordHash != null && $Object.hasOwnProperty.call(message, "passwordHash"))
                    object.passwordHash = message.passwordHash;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                if (message.hideLastSeen != null && $Object.hasOwnProperty.call(message, "hideLastSeen"))
                    object.hideLastSeen = message.hideLastSeen;
                return object;
            };

            /**
             * Converts this UserUpdated to JSON.
             * @function toJSON
             * @memberof parley.v1.UserUpdated
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UserUpdated.prototype.toJSON = function() {
                return UserUpdated.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UserUpdated
             * @function getTypeUrl
             * @memberof parley.v1.UserUpdated
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UserUpdated.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.UserUpdated";
            };

            return UserUpdated;
        })();

        v1.UserDeleted = (function() {

            /**
             * Properties of a UserDeleted.
             * @typedef {Object} parley.v1.UserDeleted.$Properties
             * @property {string|null} [userId] UserDeleted userId
             * @property {number|null} [atMs] UserDeleted atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UserDeleted.
             * @memberof parley.v1
             * @interface IUserDeleted
             * @augments parley.v1.UserDeleted.$Properties
             * @deprecated Use parley.v1.UserDeleted.$Properties instead.
             */

            /**
             * Shape of a UserDeleted.
             * @typedef {parley.v1.UserDeleted.$Properties} parley.v1.UserDeleted.$Shape
             */

            /**
             * Constructs a new UserDeleted.
             * @memberof parley.v1
             * @classdesc Represents a UserDeleted.
             * @constructor
             * @param {parley.v1.UserDeleted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UserDeleted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UserDeleted userId.
             * @member {string} userId
             * @memberof parley.v1.UserDeleted
             * @instance
             */
            UserDeleted.prototype.userId = "";

            /**
             * UserDeleted atMs.
             * @member {number} atMs
             * @memberof parley.v1.UserDeleted
             * @instance
             */
            UserDeleted.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new UserDeleted instance using the specified properties.
             * @function create
             * @memberof parley.v1.UserDeleted
             * @static
             * @param {parley.v1.UserDeleted.$Properties=} [properties] Properties to set
             * @returns {parley.v1.UserDeleted} UserDeleted instance
             * @type {{
             *   (properties: parley.v1.UserDeleted.$Shape): parley.v1.UserDeleted & parley.v1.UserDeleted.$Shape;
             *   (properties?: parley.v1.UserDeleted.$Properties): parley.v1.UserDeleted;
             * }}
             */
            UserDeleted.create = function(properties) {
                return new UserDeleted(properties);
            };

            /**
             * Encodes the specified UserDeleted message. Does not implicitly {@link parley.v1.UserDeleted.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.UserDeleted
             * @static
             * @param {parley.v1.UserDeleted.$Properties} message UserDeleted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserDeleted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UserDeleted message, length delimited. Does not implicitly {@link parley.v1.UserDeleted.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.UserDeleted
             * @static
             * @param {parley.v1.UserDeleted.$Properties} message UserDeleted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserDeleted.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a UserDeleted message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.UserDeleted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.UserDeleted & parley.v1.UserDeleted.$Shape} UserDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserDeleted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.UserDeleted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a UserDeleted message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.UserDeleted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.UserDeleted & parley.v1.UserDeleted.$Shape} UserDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserDeleted.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a UserDeleted message.
             * @function verify
             * @memberof parley.v1.UserDeleted
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UserDeleted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a UserDeleted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.UserDeleted
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.UserDeleted} UserDeleted
             */
            UserDeleted.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.UserDeleted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.UserDeleted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.UserDeleted();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a UserDeleted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.UserDeleted
             * @static
             * @param {parley.v1.UserDeleted} message UserDeleted
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UserDeleted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this UserDeleted to JSON.
             * @function toJSON
             * @memberof parley.v1.UserDeleted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UserDeleted.prototype.toJSON = function() {
                return UserDeleted.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UserDeleted
             * @function getTypeUrl
             * @memberof parley.v1.UserDeleted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UserDeleted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.UserDeleted";
            };

            return UserDeleted;
        })();

        v1.DeviceAdded = (function() {

            /**
             * Properties of a DeviceAdded.
             * @typedef {Object} parley.v1.DeviceAdded.$Properties
             * @property {string|null} [userId] DeviceAdded userId
             * @property {string|null} [deviceId] DeviceAdded deviceId
             * @property {string|null} [name] DeviceAdded name
             * @property {number|null} [atMs] DeviceAdded atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceAdded.
             * @memberof parley.v1
             * @interface IDeviceAdded
             * @augments parley.v1.DeviceAdded.$Properties
             * @deprecated Use parley.v1.DeviceAdded.$Properties instead.
             */

            /**
             * Shape of a DeviceAdded.
             * @typedef {parley.v1.DeviceAdded.$Properties} parley.v1.DeviceAdded.$Shape
             */

            /**
             * Constructs a new DeviceAdded.
             * @memberof parley.v1
             * @classdesc Represents a DeviceAdded.
             * @constructor
             * @param {parley.v1.DeviceAdded.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceAdded = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceAdded userId.
             * @member {string} userId
             * @memberof parley.v1.DeviceAdded
             * @instance
             */
            DeviceAdded.prototype.userId = "";

            /**
             * DeviceAdded deviceId.
             * @member {string} deviceId
             * @memberof parley.v1.DeviceAdded
             * @instance
             */
            DeviceAdded.prototype.deviceId = "";

            /**
             * DeviceAdded name.
             * @member {string} name
             * @memberof parley.v1.DeviceAdded
             * @instance
             */
            DeviceAdded.prototype.name = "";

            /**
             * DeviceAdded atMs.
             * @member {number} atMs
             * @memberof parley.v1.DeviceAdded
             * @instance
             */
            DeviceAdded.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new DeviceAdded instance using the specified properties.
             * @function create
             * @memberof parley.v1.DeviceAdded
             * @static
             * @param {parley.v1.DeviceAdded.$Properties=} [properties] Properties to set
             * @returns {parley.v1.DeviceAdded} DeviceAdded instance
             * @type {{
             *   (properties: parley.v1.DeviceAdded.$Shape): parley.v1.DeviceAdded & parley.v1.DeviceAdded.$Shape;
             *   (properties?: parley.v1.DeviceAdded.$Properties): parley.v1.DeviceAdded;
             * }}
             */
            DeviceAdded.create = function(properties) {
                return new DeviceAdded(properties);
            };

            /**
             * Encodes the specified DeviceAdded message. Does not implicitly {@link parley.v1.DeviceAdded.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.DeviceAdded
             * @static
             * @param {parley.v1.DeviceAdded.$Properties} message DeviceAdded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceAdded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeviceAdded message, length delimited. Does not implicitly {@link parley.v1.DeviceAdded.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.DeviceAdded
             * @static
             * @param {parley.v1.DeviceAdded.$Properties} message DeviceAdded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceAdded.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceAdded message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.DeviceAdded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.DeviceAdded & parley.v1.DeviceAdded.$Shape} DeviceAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceAdded.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.DeviceAdded();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DeviceAdded message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.DeviceAdded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.DeviceAdded & parley.v1.DeviceAdded.$Shape} DeviceAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceAdded.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceAdded message.
             * @function verify
             * @memberof parley.v1.DeviceAdded
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceAdded.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a DeviceAdded message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.DeviceAdded
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.DeviceAdded} DeviceAdded
             */
            DeviceAdded.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.DeviceAdded)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.DeviceAdded: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.DeviceAdded();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a DeviceAdded message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.DeviceAdded
             * @static
             * @param {parley.v1.DeviceAdded} message DeviceAdded
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceAdded.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.deviceId = "";
                    object.name = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this DeviceAdded to JSON.
             * @function toJSON
             * @memberof parley.v1.DeviceAdded
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceAdded.prototype.toJSON = function() {
                return DeviceAdded.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceAdded
             * @function getTypeUrl
             * @memberof parley.v1.DeviceAdded
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceAdded.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.DeviceAdded";
            };

            return DeviceAdded;
        })();

        v1.MembersAdded = (function() {

            /**
             * Properties of a MembersAdded.
             * @typedef {Object} parley.v1.MembersAdded.$Properties
             * @property {string|null} [conversationId] MembersAdded conversationId
             * @property {string|null} [byUserId] MembersAdded byUserId
             * @property {Array.<string>|null} [userIds] MembersAdded userIds
             * @property {number|null} [atMs] MembersAdded atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MembersAdded.
             * @memberof parley.v1
             * @interface IMembersAdded
             * @augments parley.v1.MembersAdded.$Properties
             * @deprecated Use parley.v1.MembersAdded.$Properties instead.
             */

            /**
             * Shape of a MembersAdded.
             * @typedef {parley.v1.MembersAdded.$Properties} parley.v1.MembersAdded.$Shape
             */

            /**
             * Constructs a new MembersAdded.
             * @memberof parley.v1
             * @classdesc Represents a MembersAdded.
             * @constructor
             * @param {parley.v1.MembersAdded.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MembersAdded = function (properties) {
                this.userIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MembersAdded conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.MembersAdded
             * @instance
             */
            MembersAdded.prototype.conversationId = "";

            /**
             * MembersAdded byUserId.
             * @member {string} byUserId
             * @memberof parley.v1.MembersAdded
             * @instance
             */
            MembersAdded.prototype.byUserId = "";

            /**
             * MembersAdded userIds.
             * @member {Array.<string>} userIds
             * @memberof parley.v1.MembersAdded
             * @instance
             */
            MembersAdded.prototype.userIds = $util.emptyArray;

            /**
             * MembersAdded atMs.
             * @member {number} atMs
             * @memberof parley.v1.MembersAdded
             * @instance
             */
            MembersAdded.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new MembersAdded instance using the specified properties.
             * @function create
             * @memberof parley.v1.MembersAdded
             * @static
             * @param {parley.v1.MembersAdded.$Properties=} [properties] Properties to set
             * @returns {parley.v1.MembersAdded} MembersAdded instance
             * @type {{
             *   (properties: parley.v1.MembersAdded.$Shape): parley.v1.MembersAdded & parley.v1.MembersAdded.$Shape;
             *   (properties?: parley.v1.MembersAdded.$Properties): parley.v1.MembersAdded;
             * }}
             */
            MembersAdded.create = function(properties) {
                return new MembersAdded(properties);
            };

            /**
             * Encodes the specified MembersAdded message. Does not implicitly {@link parley.v1.MembersAdded.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.MembersAdded
             * @static
             * @param {parley.v1.MembersAdded.$Properties} message MembersAdded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MembersAdded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.byUserId != null && $Object.hasOwnProperty.call(message, "byUserId") && message.byUserId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.byUserId);
                if (message.userIds != null && message.userIds.length)
                    for (let i = 0; i < message.userIds.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.userIds[i]);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MembersAdded message, length delimited. Does not implicitly {@link parley.v1.MembersAdded.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.MembersAdded
             * @static
             * @param {parley.v1.MembersAdded.$Properties} message MembersAdded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MembersAdded.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MembersAdded message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.MembersAdded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.MembersAdded & parley.v1.MembersAdded.$Shape} MembersAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MembersAdded.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.MembersAdded();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.byUserId = value;
                            else
                                delete message.byUserId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.userIds && message.userIds.length))
                                message.userIds = [];
                            message.userIds.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MembersAdded message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.MembersAdded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.MembersAdded & parley.v1.MembersAdded.$Shape} MembersAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MembersAdded.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MembersAdded message.
             * @function verify
             * @memberof parley.v1.MembersAdded
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MembersAdded.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.byUserId != null && $Object.hasOwnProperty.call(message, "byUserId"))
                    if (!$util.isString(message.byUserId))
                        return "byUserId: string expected";
                if (message.userIds != null && $Object.hasOwnProperty.call(message, "userIds")) {
                    if (!$Array.isArray(message.userIds))
                        return "userIds: array expected";
                    for (let i = 0; i < message.userIds.length; ++i)
                        if (!$util.isString(message.userIds[i]))
                            return "userIds: string[] expected";
                }
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a MembersAdded message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.MembersAdded
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.MembersAdded} MembersAdded
             */
            MembersAdded.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.MembersAdded)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.MembersAdded: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.MembersAdded();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.byUserId != null)
                    if (typeof object.byUserId !== "string" || object.byUserId.length)
                        message.byUserId = $String(object.byUserId);
                if (object.userIds) {
                    if (!$Array.isArray(object.userIds))
                        throw $TypeError(".parley.v1.MembersAdded.userIds: array expected");
                    message.userIds = $Array(object.userIds.length);
                    for (let i = 0; i < object.userIds.length; ++i)
                        message.userIds[i] = $String(object.userIds[i]);
                }
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a MembersAdded message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.MembersAdded
             * @static
             * @param {parley.v1.MembersAdded} message MembersAdded
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MembersAdded.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.userIds = [];
                if (options.defaults) {
                    object.conversationId = "";
                    object.byUserId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.byUserId != null && $Object.hasOwnProperty.call(message, "byUserId"))
                    object.byUserId = message.byUserId;
                if (message.userIds && message.userIds.length) {
                    object.userIds = $Array(message.userIds.length);
                    for (let j = 0; j < message.userIds.length; ++j)
                        object.userIds[j] = message.userIds[j];
                }
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this MembersAdded to JSON.
             * @function toJSON
             * @memberof parley.v1.MembersAdded
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MembersAdded.prototype.toJSON = function() {
                return MembersAdded.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MembersAdded
             * @function getTypeUrl
             * @memberof parley.v1.MembersAdded
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MembersAdded.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.MembersAdded";
            };

            return MembersAdded;
        })();

        v1.MemberRemoved = (function() {

            /**
             * Properties of a MemberRemoved.
             * @typedef {Object} parley.v1.MemberRemoved.$Properties
             * @property {string|null} [conversationId] MemberRemoved conversationId
             * @property {string|null} [byUserId] MemberRemoved byUserId
             * @property {string|null} [userId] MemberRemoved userId
             * @property {number|null} [atMs] MemberRemoved atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemberRemoved.
             * @memberof parley.v1
             * @interface IMemberRemoved
             * @augments parley.v1.MemberRemoved.$Properties
             * @deprecated Use parley.v1.MemberRemoved.$Properties instead.
             */

            /**
             * Shape of a MemberRemoved.
             * @typedef {parley.v1.MemberRemoved.$Properties} parley.v1.MemberRemoved.$Shape
             */

            /**
             * Constructs a new MemberRemoved.
             * @memberof parley.v1
             * @classdesc Represents a MemberRemoved.
             * @constructor
             * @param {parley.v1.MemberRemoved.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemberRemoved = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemberRemoved conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.MemberRemoved
             * @instance
             */
            MemberRemoved.prototype.conversationId = "";

            /**
             * MemberRemoved byUserId.
             * @member {string} byUserId
             * @memberof parley.v1.MemberRemoved
             * @instance
             */
            MemberRemoved.prototype.byUserId = "";

            /**
             * MemberRemoved userId.
             * @member {string} userId
             * @memberof parley.v1.MemberRemoved
             * @instance
             */
            MemberRemoved.prototype.userId = "";

            /**
             * MemberRemoved atMs.
             * @member {number} atMs
             * @memberof parley.v1.MemberRemoved
             * @instance
             */
            MemberRemoved.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new MemberRemoved instance using the specified properties.
             * @function create
             * @memberof parley.v1.MemberRemoved
             * @static
             * @param {parley.v1.MemberRemoved.$Properties=} [properties] Properties to set
             * @returns {parley.v1.MemberRemoved} MemberRemoved instance
             * @type {{
             *   (properties: parley.v1.MemberRemoved.$Shape): parley.v1.MemberRemoved & parley.v1.MemberRemoved.$Shape;
             *   (properties?: parley.v1.MemberRemoved.$Properties): parley.v1.MemberRemoved;
             * }}
             */
            MemberRemoved.create = function(properties) {
                return new MemberRemoved(properties);
            };

            /**
             * Encodes the specified MemberRemoved message. Does not implicitly {@link parley.v1.MemberRemoved.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.MemberRemoved
             * @static
             * @param {parley.v1.MemberRemoved.$Properties} message MemberRemoved message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberRemoved.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.byUserId != null && $Object.hasOwnProperty.call(message, "byUserId") && message.byUserId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.byUserId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MemberRemoved message, length delimited. Does not implicitly {@link parley.v1.MemberRemoved.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.MemberRemoved
             * @static
             * @param {parley.v1.MemberRemoved.$Properties} message MemberRemoved message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberRemoved.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MemberRemoved message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.MemberRemoved
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.MemberRemoved & parley.v1.MemberRemoved.$Shape} MemberRemoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberRemoved.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.MemberRemoved();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.byUserId = value;
                            else
                                delete message.byUserId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MemberRemoved message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.MemberRemoved
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.MemberRemoved & parley.v1.MemberRemoved.$Shape} MemberRemoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberRemoved.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MemberRemoved message.
             * @function verify
             * @memberof parley.v1.MemberRemoved
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MemberRemoved.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.byUserId != null && $Object.hasOwnProperty.call(message, "byUserId"))
                    if (!$util.isString(message.byUserId))
                        return "byUserId: string expected";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a MemberRemoved message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.MemberRemoved
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.MemberRemoved} MemberRemoved
             */
            MemberRemoved.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.MemberRemoved)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.MemberRemoved: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.MemberRemoved();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.byUserId != null)
                    if (typeof object.byUserId !== "string" || object.byUserId.length)
                        message.byUserId = $String(object.byUserId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a MemberRemoved message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.MemberRemoved
             * @static
             * @param {parley.v1.MemberRemoved} message MemberRemoved
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemberRemoved.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.byUserId = "";
                    object.userId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.byUserId != null && $Object.hasOwnProperty.call(message, "byUserId"))
                    object.byUserId = message.byUserId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this MemberRemoved to JSON.
             * @function toJSON
             * @memberof parley.v1.MemberRemoved
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemberRemoved.prototype.toJSON = function() {
                return MemberRemoved.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MemberRemoved
             * @function getTypeUrl
             * @memberof parley.v1.MemberRemoved
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemberRemoved.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.MemberRemoved";
            };

            return MemberRemoved;
        })();

        v1.ConversationRenamed = (function() {

            /**
             * Properties of a ConversationRenamed.
             * @typedef {Object} parley.v1.ConversationRenamed.$Properties
             * @property {string|null} [conversationId] ConversationRenamed conversationId
             * @property {string|null} [byUserId] ConversationRenamed byUserId
             * @property {string|null} [name] ConversationRenamed name
             * @property {number|null} [atMs] ConversationRenamed atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConversationRenamed.
             * @memberof parley.v1
             * @interface IConversationRenamed
             * @augments parley.v1.ConversationRenamed.$Properties
             * @deprecated Use parley.v1.ConversationRenamed.$Properties instead.
             */

            /**
             * Shape of a ConversationRenamed.
             * @typedef {parley.v1.ConversationRenamed.$Properties} parley.v1.ConversationRenamed.$Shape
             */

            /**
             * Constructs a new ConversationRenamed.
             * @memberof parley.v1
             * @classdesc Represents a ConversationRenamed.
             * @constructor
             * @param {parley.v1.ConversationRenamed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConversationRenamed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConversationRenamed conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.ConversationRenamed
             * @instance
             */
            ConversationRenamed.prototype.conversationId = "";

            /**
             * ConversationRenamed byUserId.
             * @member {string} byUserId
             * @memberof parley.v1.ConversationRenamed
             * @instance
             */
            ConversationRenamed.prototype.byUserId = "";

            /**
             * ConversationRenamed name.
             * @member {string} name
             * @memberof parley.v1.ConversationRenamed
             * @instance
             */
            ConversationRenamed.prototype.name = "";

            /**
             * ConversationRenamed atMs.
             * @member {number} atMs
             * @memberof parley.v1.ConversationRenamed
             * @instance
             */
            ConversationRenamed.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ConversationRenamed instance using the specified properties.
             * @function create
             * @memberof parley.v1.ConversationRenamed
             * @static
             * @param {parley.v1.ConversationRenamed.$Properties=} [properties] Properties to set
             * @returns {parley.v1.ConversationRenamed} ConversationRenamed instance
             * @type {{
             *   (properties: parley.v1.ConversationRenamed.$Shape): parley.v1.ConversationRenamed & parley.v1.ConversationRenamed.$Shape;
             *   (properties?: parley.v1.ConversationRenamed.$Properties): parley.v1.ConversationRenamed;
             * }}
             */
            ConversationRenamed.create = function(properties) {
                return new ConversationRenamed(properties);
            };

            /**
             * Encodes the specified ConversationRenamed message. Does not implicitly {@link parley.v1.ConversationRenamed.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.ConversationRenamed
             * @static
             * @param {parley.v1.ConversationRenamed.$Properties} message ConversationRenamed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationRenamed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.byUserId != null && $Object.hasOwnProperty.call(message, "byUserId") && message.byUserId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.byUserId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ConversationRenamed message, length delimited. Does not implicitly {@link parley.v1.ConversationRenamed.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.ConversationRenamed
             * @static
             * @param {parley.v1.ConversationRenamed.$Properties} message ConversationRenamed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationRenamed.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConversationRenamed message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.ConversationRenamed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.ConversationRenamed & parley.v1.ConversationRenamed.$Shape} ConversationRenamed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationRenamed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.ConversationRenamed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.byUserId = value;
                            else
                                delete message.byUserId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ConversationRenamed message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.ConversationRenamed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.ConversationRenamed & parley.v1.ConversationRenamed.$Shape} ConversationRenamed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationRenamed.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConversationRenamed message.
             * @function verify
             * @memberof parley.v1.ConversationRenamed
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConversationRenamed.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.byUserId != null && $Object.hasOwnProperty.call(message, "byUserId"))
                    if (!$util.isString(message.byUserId))
                        return "byUserId: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a ConversationRenamed message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.ConversationRenamed
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.ConversationRenamed} ConversationRenamed
             */
            ConversationRenamed.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.ConversationRenamed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.ConversationRenamed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.ConversationRenamed();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.byUserId != null)
                    if (typeof object.byUserId !== "string" || object.byUserId.length)
                        message.byUserId = $String(object.byUserId);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ConversationRenamed message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.ConversationRenamed
             * @static
             * @param {parley.v1.ConversationRenamed} message ConversationRenamed
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConversationRenamed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.byUserId = "";
                    object.name = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.byUserId != null && $Object.hasOwnProperty.call(message, "byUserId"))
                    object.byUserId = message.byUserId;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this ConversationRenamed to JSON.
             * @function toJSON
             * @memberof parley.v1.ConversationRenamed
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConversationRenamed.prototype.toJSON = function() {
                return ConversationRenamed.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConversationRenamed
             * @function getTypeUrl
             * @memberof parley.v1.ConversationRenamed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConversationRenamed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.ConversationRenamed";
            };

            return ConversationRenamed;
        })();

        /**
         * MemberRole enum.
         * @name parley.v1.MemberRole
         * @enum {number}
         * @property {number} MEMBER_ROLE_UNSPECIFIED=0 MEMBER_ROLE_UNSPECIFIED value
         * @property {number} MEMBER_ROLE_MEMBER=1 MEMBER_ROLE_MEMBER value
         * @property {number} MEMBER_ROLE_ADMIN=2 MEMBER_ROLE_ADMIN value
         */
        v1.MemberRole = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MEMBER_ROLE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MEMBER_ROLE_MEMBER"] = 1;
            values[valuesById[2] = "MEMBER_ROLE_ADMIN"] = 2;
            return values;
        })();

        v1.MemberRoleChanged = (function() {

            /**
             * Properties of a MemberRoleChanged.
             * @typedef {Object} parley.v1.MemberRoleChanged.$Properties
             * @property {string|null} [conversationId] MemberRoleChanged conversationId
             * @property {string|null} [byUserId] MemberRoleChanged byUserId
             * @property {string|null} [userId] MemberRoleChanged userId
             * @property {parley.v1.MemberRole|null} [role] MemberRoleChanged role
             * @property {number|null} [atMs] MemberRoleChanged atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemberRoleChanged.
             * @memberof parley.v1
             * @interface IMemberRoleChanged
             * @augments parley.v1.MemberRoleChanged.$Properties
             * @deprecated Use parley.v1.MemberRoleChanged.$Properties instead.
             */

            /**
             * Shape of a MemberRoleChanged.
             * @typedef {parley.v1.MemberRoleChanged.$Properties} parley.v1.MemberRoleChanged.$Shape
             */

            /**
             * Constructs a new MemberRoleChanged.
             * @memberof parley.v1
             * @classdesc Represents a MemberRoleChanged.
             * @constructor
             * @param {parley.v1.MemberRoleChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemberRoleChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemberRoleChanged conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.MemberRoleChanged
             * @instance
             */
            MemberRoleChanged.prototype.conversationId = "";

            /**
             * MemberRoleChanged byUserId.
             * @member {string} byUserId
             * @memberof parley.v1.MemberRoleChanged
             * @instance
             */
            MemberRoleChanged.prototype.byUserId = "";

            /**
             * MemberRoleChanged userId.
             * @member {string} userId
             * @memberof parley.v1.MemberRoleChanged
             * @instance
             */
            MemberRoleChanged.prototype.userId = "";

            /**
             * MemberRoleChanged role.
             * @member {parley.v1.MemberRole} role
             * @memberof parley.v1.MemberRoleChanged
             * @instance
             */
            MemberRoleChanged.prototype.role = 0;

            /**
             * MemberRoleChanged atMs.
             * @member {number} atMs
             * @memberof parley.v1.MemberRoleChanged
             * @instance
             */
            MemberRoleChanged.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new MemberRoleChanged instance using the specified properties.
             * @function create
             * @memberof parley.v1.MemberRoleChanged
             * @static
             * @param {parley.v1.MemberRoleChanged.$Properties=} [properties] Properties to set
             * @returns {parley.v1.MemberRoleChanged} MemberRoleChanged instance
             * @type {{
             *   (properties: parley.v1.MemberRoleChanged.$Shape): parley.v1.MemberRoleChanged & parley.v1.MemberRoleChanged.$Shape;
             *   (properties?: parley.v1.MemberRoleChanged.$Properties): parley.v1.MemberRoleChanged;
             * }}
             */
            MemberRoleChanged.create = function(properties) {
                return new MemberRoleChanged(properties);
            };

            /**
             * Encodes the specified MemberRoleChanged message. Does not implicitly {@link parley.v1.MemberRoleChanged.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.MemberRoleChanged
             * @static
             * @param {parley.v1.MemberRoleChanged.$Properties} message MemberRoleChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberRoleChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.byUserId != null && $Object.hasOwnProperty.call(message, "byUserId") && message.byUserId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.byUserId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.role);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MemberRoleChanged message, length delimited. Does not implicitly {@link parley.v1.MemberRoleChanged.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.MemberRoleChanged
             * @static
             * @param {parley.v1.MemberRoleChanged.$Properties} message MemberRoleChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberRoleChanged.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MemberRoleChanged message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.MemberRoleChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.MemberRoleChanged & parley.v1.MemberRoleChanged.$Shape} MemberRoleChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberRoleChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.MemberRoleChanged();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.byUserId = value;
                            else
                                delete message.byUserId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MemberRoleChanged message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.MemberRoleChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.MemberRoleChanged & parley.v1.MemberRoleChanged.$Shape} MemberRoleChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberRoleChanged.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MemberRoleChanged message.
             * @function verify
             * @memberof parley.v1.MemberRoleChanged
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MemberRoleChanged.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.byUserId != null && $Object.hasOwnProperty.call(message, "byUserId"))
                    if (!$util.isString(message.byUserId))
                        return "byUserId: string expected";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (typeof message.role !== "number" || (message.role | 0) !== message.role)
                        return "role: enum value expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a MemberRoleChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.MemberRoleChanged
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.MemberRoleChanged} MemberRoleChanged
             */
            MemberRoleChanged.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.MemberRoleChanged)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.MemberRoleChanged: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.MemberRoleChanged();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.byUserId != null)
                    if (typeof object.byUserId !== "string" || object.byUserId.length)
                        message.byUserId = $String(object.byUserId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.role !== 0 && (typeof object.role !== "string" || $root.parley.v1.MemberRole[object.role] !== 0))
                    switch (object.role) {
                    case "MEMBER_ROLE_UNSPECIFIED":
                    case 0:
                        message.role = 0;
                        break;
                    case "MEMBER_ROLE_MEMBER":
                    case 1:
                        message.role = 1;
                        break;
                    case "MEMBER_ROLE_ADMIN":
                    case 2:
                        message.role = 2;
                        break;
                    default:
                        if (typeof object.role === "number" && (object.role | 0) === object.role)
                            message.role = object.role;
                    }
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a MemberRoleChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.MemberRoleChanged
             * @static
             * @param {parley.v1.MemberRoleChanged} message MemberRoleChanged
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemberRoleChanged.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.byUserId = "";
                    object.userId = "";
                    object.role = options.enums === $String ? "MEMBER_ROLE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.byUserId != null && $Object.hasOwnProperty.call(message, "byUserId"))
                    object.byUserId = message.byUserId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = options.enums === $String ? $root.parley.v1.MemberRole[message.role] === $undefined ? message.role : $root.parley.v1.MemberRole[message.role] : message.role;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this MemberRoleChanged to JSON.
             * @function toJSON
             * @memberof parley.v1.MemberRoleChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemberRoleChanged.prototype.toJSON = function() {
                return MemberRoleChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MemberRoleChanged
             * @function getTypeUrl
             * @memberof parley.v1.MemberRoleChanged
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemberRoleChanged.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.MemberRoleChanged";
            };

            return MemberRoleChanged;
        })();

        v1.MessagesDelivered = (function() {

            /**
             * Properties of a MessagesDelivered.
             * @typedef {Object} parley.v1.MessagesDelivered.$Properties
             * @property {string|null} [conversationId] MessagesDelivered conversationId
             * @property {string|null} [userId] MessagesDelivered userId
             * @property {string|null} [deviceId] MessagesDelivered deviceId
             * @property {number|null} [upToSeq] MessagesDelivered upToSeq
             * @property {number|null} [atMs] MessagesDelivered atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessagesDelivered.
             * @memberof parley.v1
             * @interface IMessagesDelivered
             * @augments parley.v1.MessagesDelivered.$Properties
             * @deprecated Use parley.v1.MessagesDelivered.$Properties instead.
             */

            /**
             * Shape of a MessagesDelivered.
             * @typedef {parley.v1.MessagesDelivered.$Properties} parley.v1.MessagesDelivered.$Shape
             */

            /**
             * Constructs a new MessagesDelivered.
             * @memberof parley.v1
             * @classdesc Represents a MessagesDelivered.
             * @constructor
             * @param {parley.v1.MessagesDelivered.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MessagesDelivered = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MessagesDelivered conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.MessagesDelivered
             * @instance
             */
            MessagesDelivered.prototype.conversationId = "";

            /**
             * MessagesDelivered userId.
             * @member {string} userId
             * @memberof parley.v1.MessagesDelivered
             * @instance
             */
            MessagesDelivered.prototype.userId = "";

            /**
             * MessagesDelivered deviceId.
             * @member {string} deviceId
             * @memberof parley.v1.MessagesDelivered
             * @instance
             */
            MessagesDelivered.prototype.deviceId = "";

            /**
             * MessagesDelivered upToSeq.
             * @member {number} upToSeq
             * @memberof parley.v1.MessagesDelivered
             * @instance
             */
            MessagesDelivered.prototype.upToSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MessagesDelivered atMs.
             * @member {number} atMs
             * @memberof parley.v1.MessagesDelivered
             * @instance
             */
            MessagesDelivered.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new MessagesDelivered instance using the specified properties.
             * @function create
             * @memberof parley.v1.MessagesDelivered
             * @static
             * @param {parley.v1.MessagesDelivered.$Properties=} [properties] Properties to set
             * @returns {parley.v1.MessagesDelivered} MessagesDelivered instance
             * @type {{
             *   (properties: parley.v1.MessagesDelivered.$Shape): parley.v1.MessagesDelivered & parley.v1.MessagesDelivered.$Shape;
             *   (properties?: parley.v1.MessagesDelivered.$Properties): parley.v1.MessagesDelivered;
             * }}
             */
            MessagesDelivered.create = function(properties) {
                return new MessagesDelivered(properties);
            };

            /**
             * Encodes the specified MessagesDelivered message. Does not implicitly {@link parley.v1.MessagesDelivered.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.MessagesDelivered
             * @static
             * @param {parley.v1.MessagesDelivered.$Properties} message MessagesDelivered message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessagesDelivered.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.deviceId);
                if (message.upToSeq != null && $Object.hasOwnProperty.call(message, "upToSeq") && (typeof message.upToSeq === "object" ? message.upToSeq.low || message.upToSeq.high : message.upToSeq !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.upToSeq);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MessagesDelivered message, length delimited. Does not implicitly {@link parley.v1.MessagesDelivered.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.MessagesDelivered
             * @static
             * @param {parley.v1.MessagesDelivered.$Properties} message MessagesDelivered message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessagesDelivered.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MessagesDelivered message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.MessagesDelivered
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.MessagesDelivered & parley.v1.MessagesDelivered.$Shape} MessagesDelivered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessagesDelivered.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.MessagesDelivered();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.upToSeq = value;
                            else
                                delete message.upToSeq;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MessagesDelivered message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.MessagesDelivered
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.MessagesDelivered & parley.v1.MessagesDelivered.$Shape} MessagesDelivered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessagesDelivered.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MessagesDelivered message.
             * @function verify
             * @memberof parley.v1.MessagesDelivered
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MessagesDelivered.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.upToSeq != null && $Object.hasOwnProperty.call(message, "upToSeq"))
                    if (!$util.isInteger(message.upToSeq) && !(message.upToSeq && $util.isInteger(message.upToSeq.low) && $util.isInteger(message.upToSeq.high)))
                        return "upToSeq: integer|Long expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a MessagesDelivered message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.MessagesDelivered
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.MessagesDelivered} MessagesDelivered
             */
            MessagesDelivered.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.MessagesDelivered)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.MessagesDelivered: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.MessagesDelivered();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.upToSeq != null)
                    if (typeof object.upToSeq === "object" ? object.upToSeq.low || object.upToSeq.high : $Number(object.upToSeq) !== 0)
                        if ($util.Long)
                            message.upToSeq = $util.Long.fromValue(object.upToSeq, true);
                        else if (typeof object.upToSeq === "string")
                            message.upToSeq = $parseInt(object.upToSeq, 10);
                        else if (typeof object.upToSeq === "number")
                            message.upToSeq = object.upToSeq;
                        else if (typeof object.upToSeq === "object")
                            message.upToSeq = new $util.LongBits(object.upToSeq.low >>> 0, object.upToSeq.high >>> 0).toNumber(true);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a MessagesDelivered message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.MessagesDelivered
             * @static
             * @param {parley.v1.MessagesDelivered} message MessagesDelivered
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MessagesDelivered.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.userId = "";
                    object.deviceId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.upToSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.upToSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.upToSeq != null && $Object.hasOwnProperty.call(message, "upToSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.upToSeq = typeof message.upToSeq === "number" ? $BigInt(message.upToSeq) : $util.Long.fromBits(message.upToSeq.low >>> 0, message.upToSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.upToSeq === "number")
                        object.upToSeq = options.longs === $String ? $String(message.upToSeq) : message.upToSeq;
                    else
                        object.upToSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.upToSeq) : options.longs === $Number ? new $util.LongBits(message.upToSeq.low >>> 0, message.upToSeq.high >>> 0).toNumber(true) : message.upToSeq;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this MessagesDelivered to JSON.
             * @function toJSON
             * @memberof parley.v1.MessagesDelivered
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MessagesDelivered.prototype.toJSON = function() {
                return MessagesDelivered.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MessagesDelivered
             * @function getTypeUrl
             * @memberof parley.v1.MessagesDelivered
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MessagesDelivered.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.MessagesDelivered";
            };

            return MessagesDelivered;
        })();

        v1.MessagesRead = (function() {

            /**
             * Properties of a MessagesRead.
             * @typedef {Object} parley.v1.MessagesRead.$Properties
             * @property {string|null} [conversationId] MessagesRead conversationId
             * @property {string|null} [userId] MessagesRead userId
             * @property {string|null} [deviceId] MessagesRead deviceId
             * @property {number|null} [upToSeq] MessagesRead upToSeq
             * @property {number|null} [atMs] MessagesRead atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessagesRead.
             * @memberof parley.v1
             * @interface IMessagesRead
             * @augments parley.v1.MessagesRead.$Properties
             * @deprecated Use parley.v1.MessagesRead.$Properties instead.
             */

            /**
             * Shape of a MessagesRead.
             * @typedef {parley.v1.MessagesRead.$Properties} parley.v1.MessagesRead.$Shape
             */

            /**
             * Constructs a new MessagesRead.
             * @memberof parley.v1
             * @classdesc Represents a MessagesRead.
             * @constructor
             * @param {parley.v1.MessagesRead.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MessagesRead = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MessagesRead conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.MessagesRead
             * @instance
             */
            MessagesRead.prototype.conversationId = "";

            /**
             * MessagesRead userId.
             * @member {string} userId
             * @memberof parley.v1.MessagesRead
             * @instance
             */
            MessagesRead.prototype.userId = "";

            /**
             * MessagesRead deviceId.
             * @member {string} deviceId
             * @memberof parley.v1.MessagesRead
             * @instance
             */
            MessagesRead.prototype.deviceId = "";

            /**
             * MessagesRead upToSeq.
             * @member {number} upToSeq
             * @memberof parley.v1.MessagesRead
             * @instance
             */
            MessagesRead.prototype.upToSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MessagesRead atMs.
             * @member {number} atMs
             * @memberof parley.v1.MessagesRead
             * @instance
             */
            MessagesRead.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new MessagesRead instance using the specified properties.
             * @function create
             * @memberof parley.v1.MessagesRead
             * @static
             * @param {parley.v1.MessagesRead.$Properties=} [properties] Properties to set
             * @returns {parley.v1.MessagesRead} MessagesRead instance
             * @type {{
             *   (properties: parley.v1.MessagesRead.$Shape): parley.v1.MessagesRead & parley.v1.MessagesRead.$Shape;
             *   (properties?: parley.v1.MessagesRead.$Properties): parley.v1.MessagesRead;
             * }}
             */
            MessagesRead.create = function(properties) {
                return new MessagesRead(properties);
            };

            /**
             * Encodes the specified MessagesRead message. Does not implicitly {@link parley.v1.MessagesRead.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.MessagesRead
             * @static
             * @param {parley.v1.MessagesRead.$Properties} message MessagesRead message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessagesRead.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.deviceId);
                if (message.upToSeq != null && $Object.hasOwnProperty.call(message, "upToSeq") && (typeof message.upToSeq === "object" ? message.upToSeq.low || message.upToSeq.high : message.upToSeq !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.upToSeq);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MessagesRead message, length delimited. Does not implicitly {@link parley.v1.MessagesRead.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.MessagesRead
             * @static
             * @param {parley.v1.MessagesRead.$Properties} message MessagesRead message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessagesRead.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MessagesRead message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.MessagesRead
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.MessagesRead & parley.v1.MessagesRead.$Shape} MessagesRead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessagesRead.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.MessagesRead();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.upToSeq = value;
                            else
                                delete message.upToSeq;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MessagesRead message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.MessagesRead
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.MessagesRead & parley.v1.MessagesRead.$Shape} MessagesRead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessagesRead.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MessagesRead message.
             * @function verify
             * @memberof parley.v1.MessagesRead
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MessagesRead.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.upToSeq != null && $Object.hasOwnProperty.call(message, "upToSeq"))
                    if (!$util.isInteger(message.upToSeq) && !(message.upToSeq && $util.isInteger(message.upToSeq.low) && $util.isInteger(message.upToSeq.high)))
                        return "upToSeq: integer|Long expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a MessagesRead message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.MessagesRead
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.MessagesRead} MessagesRead
             */
            MessagesRead.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.MessagesRead)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.MessagesRead: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.MessagesRead();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.upToSeq != null)
                    if (typeof object.upToSeq === "object" ? object.upToSeq.low || object.upToSeq.high : $Number(object.upToSeq) !== 0)
                        if ($util.Long)
                            message.upToSeq = $util.Long.fromValue(object.upToSeq, true);
                        else if (typeof object.upToSeq === "string")
                            message.upToSeq = $parseInt(object.upToSeq, 10);
                        else if (typeof object.upToSeq === "number")
                            message.upToSeq = object.upToSeq;
                        else if (typeof object.upToSeq === "object")
                            message.upToSeq = new $util.LongBits(object.upToSeq.low >>> 0, object.upToSeq.high >>> 0).toNumber(true);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a MessagesRead message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.MessagesRead
             * @static
             * @param {parley.v1.MessagesRead} message MessagesRead
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MessagesRead.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.userId = "";
                    object.deviceId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.upToSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.upToSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.upToSeq != null && $Object.hasOwnProperty.call(message, "upToSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.upToSeq = typeof message.upToSeq === "number" ? $BigInt(message.upToSeq) : $util.Long.fromBits(message.upToSeq.low >>> 0, message.upToSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.upToSeq === "number")
                        object.upToSeq = options.longs === $String ? $String(message.upToSeq) : message.upToSeq;
                    else
                        object.upToSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.upToSeq) : options.longs === $Number ? new $util.LongBits(message.upToSeq.low >>> 0, message.upToSeq.high >>> 0).toNumber(true) : message.upToSeq;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this MessagesRead to JSON.
             * @function toJSON
             * @memberof parley.v1.MessagesRead
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MessagesRead.prototype.toJSON = function() {
                return MessagesRead.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MessagesRead
             * @function getTypeUrl
             * @memberof parley.v1.MessagesRead
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MessagesRead.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.MessagesRead";
            };

            return MessagesRead;
        })();

        v1.DeviceRevoked = (function() {

            /**
             * Properties of a DeviceRevoked.
             * @typedef {Object} parley.v1.DeviceRevoked.$Properties
             * @property {string|null} [userId] DeviceRevoked userId
             * @property {string|null} [deviceId] DeviceRevoked deviceId
             * @property {string|null} [byDeviceId] DeviceRevoked byDeviceId
             * @property {number|null} [atMs] DeviceRevoked atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceRevoked.
             * @memberof parley.v1
             * @interface IDeviceRevoked
             * @augments parley.v1.DeviceRevoked.$Properties
             * @deprecated Use parley.v1.DeviceRevoked.$Properties instead.
             */

            /**
             * Shape of a DeviceRevoked.
             * @typedef {parley.v1.DeviceRevoked.$Properties} parley.v1.DeviceRevoked.$Shape
             */

            /**
             * Constructs a new DeviceRevoked.
             * @memberof parley.v1
             * @classdesc Represents a DeviceRevoked.
             * @constructor
             * @param {parley.v1.DeviceRevoked.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceRevoked = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceRevoked userId.
             * @member {string} userId
             * @memberof parley.v1.DeviceRevoked
             * @instance
             */
            DeviceRevoked.prototype.userId = "";

            /**
             * DeviceRevoked deviceId.
             * @member {string} deviceId
             * @memberof parley.v1.DeviceRevoked
             * @instance
             */
            DeviceRevoked.prototype.deviceId = "";

            /**
             * DeviceRevoked byDeviceId.
             * @member {string} byDeviceId
             * @memberof parley.v1.DeviceRevoked
             * @instance
             */
            DeviceRevoked.prototype.byDeviceId = "";

            /**
             * DeviceRevoked atMs.
             * @member {number} atMs
             * @memberof parley.v1.DeviceRevoked
             * @instance
             */
            DeviceRevoked.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new DeviceRevoked instance using the specified properties.
             * @function create
             * @memberof parley.v1.DeviceRevoked
             * @static
             * @param {parley.v1.DeviceRevoked.$Properties=} [properties] Properties to set
             * @returns {parley.v1.DeviceRevoked} DeviceRevoked instance
             * @type {{
             *   (properties: parley.v1.DeviceRevoked.$Shape): parley.v1.DeviceRevoked & parley.v1.DeviceRevoked.$Shape;
             *   (properties?: parley.v1.DeviceRevoked.$Properties): parley.v1.DeviceRevoked;
             * }}
             */
            DeviceRevoked.create = function(properties) {
                return new DeviceRevoked(properties);
            };

            /**
             * Encodes the specified DeviceRevoked message. Does not implicitly {@link parley.v1.DeviceRevoked.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.DeviceRevoked
             * @static
             * @param {parley.v1.DeviceRevoked.$Properties} message DeviceRevoked message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceRevoked.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                if (message.byDeviceId != null && $Object.hasOwnProperty.call(message, "byDeviceId") && message.byDeviceId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.byDeviceId);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeviceRevoked message, length delimited. Does not implicitly {@link parley.v1.DeviceRevoked.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.DeviceRevoked
             * @static
             * @param {parley.v1.DeviceRevoked.$Properties} message DeviceRevoked message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceRevoked.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceRevoked message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.DeviceRevoked
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.DeviceRevoked & parley.v1.DeviceRevoked.$Shape} DeviceRevoked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceRevoked.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.DeviceRevoked();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.byDeviceId = value;
                            else
                                delete message.byDeviceId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DeviceRevoked message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.DeviceRevoked
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.DeviceRevoked & parley.v1.DeviceRevoked.$Shape} DeviceRevoked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceRevoked.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceRevoked message.
             * @function verify
             * @memberof parley.v1.DeviceRevoked
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceRevoked.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.byDeviceId != null && $Object.hasOwnProperty.call(message, "byDeviceId"))
                    if (!$util.isString(message.byDeviceId))
                        return "byDeviceId: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a DeviceRevoked message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.DeviceRevoked
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.DeviceRevoked} DeviceRevoked
             */
            DeviceRevoked.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.DeviceRevoked)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.DeviceRevoked: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.DeviceRevoked();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.byDeviceId != null)
                    if (typeof object.byDeviceId !== "string" || object.byDeviceId.length)
                        message.byDeviceId = $String(object.byDeviceId);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a DeviceRevoked message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.DeviceRevoked
             * @static
             * @param {parley.v1.DeviceRevoked} message DeviceRevoked
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceRevoked.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.deviceId = "";
                    object.byDeviceId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.byDeviceId != null && $Object.hasOwnProperty.call(message, "byDeviceId"))
                    object.byDeviceId = message.byDeviceId;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this DeviceRevoked to JSON.
             * @function toJSON
             * @memberof parley.v1.DeviceRevoked
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceRevoked.prototype.toJSON = function() {
                return DeviceRevoked.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceRevoked
             * @function getTypeUrl
             * @memberof parley.v1.DeviceRevoked
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceRevoked.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.DeviceRevoked";
            };

            return DeviceRevoked;
        })();

        /**
         * PushKind enum.
         * @name parley.v1.PushKind
         * @enum {number}
         * @property {number} PUSH_KIND_UNSPECIFIED=0 PUSH_KIND_UNSPECIFIED value
         * @property {number} PUSH_KIND_WEBHOOK=1 PUSH_KIND_WEBHOOK value
         * @property {number} PUSH_KIND_FCM=2 PUSH_KIND_FCM value
         * @property {number} PUSH_KIND_APNS=3 PUSH_KIND_APNS value
         */
        v1.PushKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PUSH_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PUSH_KIND_WEBHOOK"] = 1;
            values[valuesById[2] = "PUSH_KIND_FCM"] = 2;
            values[valuesById[3] = "PUSH_KIND_APNS"] = 3;
            return values;
        })();

        v1.PushTokenSet = (function() {

            /**
             * Properties of a PushTokenSet.
             * @typedef {Object} parley.v1.PushTokenSet.$Properties
             * @property {string|null} [userId] PushTokenSet userId
             * @property {string|null} [deviceId] PushTokenSet deviceId
             * @property {parley.v1.PushKind|null} [kind] PushTokenSet kind
             * @property {string|null} [token] PushTokenSet token
             * @property {number|null} [atMs] PushTokenSet atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PushTokenSet.
             * @memberof parley.v1
             * @interface IPushTokenSet
             * @augments parley.v1.PushTokenSet.$Properties
             * @deprecated Use parley.v1.PushTokenSet.$Properties instead.
             */

            /**
             * Shape of a PushTokenSet.
             * @typedef {parley.v1.PushTokenSet.$Properties} parley.v1.PushTokenSet.$Shape
             */

            /**
             * Constructs a new PushTokenSet.
             * @memberof parley.v1
             * @classdesc Represents a PushTokenSet.
             * @constructor
             * @param {parley.v1.PushTokenSet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PushTokenSet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PushTokenSet userId.
             * @member {string} userId
             * @memberof parley.v1.PushTokenSet
             * @instance
             */
            PushTokenSet.prototype.userId = "";

            /**
             * PushTokenSet deviceId.
             * @member {string} deviceId
             * @memberof parley.v1.PushTokenSet
             * @instance
             */
            PushTokenSet.prototype.deviceId = "";

            /**
             * PushTokenSet kind.
             * @member {parley.v1.PushKind} kind
             * @memberof parley.v1.PushTokenSet
             * @instance
             */
            PushTokenSet.prototype.kind = 0;

            /**
             * PushTokenSet token.
             * @member {string} token
             * @memberof parley.v1.PushTokenSet
             * @instance
             */
            PushTokenSet.prototype.token = "";

            /**
             * PushTokenSet atMs.
             * @member {number} atMs
             * @memberof parley.v1.PushTokenSet
             * @instance
             */
            PushTokenSet.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new PushTokenSet instance using the specified properties.
             * @function create
             * @memberof parley.v1.PushTokenSet
             * @static
             * @param {parley.v1.PushTokenSet.$Properties=} [properties] Properties to set
             * @returns {parley.v1.PushTokenSet} PushTokenSet instance
             * @type {{
             *   (properties: parley.v1.PushTokenSet.$Shape): parley.v1.PushTokenSet & parley.v1.PushTokenSet.$Shape;
             *   (properties?: parley.v1.PushTokenSet.$Properties): parley.v1.PushTokenSet;
             * }}
             */
            PushTokenSet.create = function(properties) {
                return new PushTokenSet(properties);
            };

            /**
             * Encodes the specified PushTokenSet message. Does not implicitly {@link parley.v1.PushTokenSet.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.PushTokenSet
             * @static
             * @param {parley.v1.PushTokenSet.$Properties} message PushTokenSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PushTokenSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.token);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PushTokenSet message, length delimited. Does not implicitly {@link parley.v1.PushTokenSet.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.PushTokenSet
             * @static
             * @param {parley.v1.PushTokenSet.$Properties} message PushTokenSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PushTokenSet.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PushTokenSet message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.PushTokenSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.PushTokenSet & parley.v1.PushTokenSet.$Shape} PushTokenSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PushTokenSet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.PushTokenSet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PushTokenSet message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.PushTokenSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.PushTokenSet & parley.v1.PushTokenSet.$Shape} PushTokenSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PushTokenSet.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PushTokenSet message.
             * @function verify
             * @memberof parley.v1.PushTokenSet
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PushTokenSet.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    if (!$util.isString(message.token))
                        return "token: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a PushTokenSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.PushTokenSet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.PushTokenSet} PushTokenSet
             */
            PushTokenSet.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.PushTokenSet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.PushTokenSet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.PushTokenSet();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.parley.v1.PushKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "PUSH_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "PUSH_KIND_WEBHOOK":
                    case 1:
                        message.kind = 1;
                        break;
                    case "PUSH_KIND_FCM":
                    case 2:
                        message.kind = 2;
                        break;
                    case "PUSH_KIND_APNS":
                    case 3:
                        message.kind = 3;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a PushTokenSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.PushTokenSet
             * @static
             * @param {parley.v1.PushTokenSet} message PushTokenSet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PushTokenSet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.deviceId = "";
                    object.kind = options.enums === $String ? "PUSH_KIND_UNSPECIFIED" : 0;
                    object.token = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.parley.v1.PushKind[message.kind] === $undefined ? message.kind : $root.parley.v1.PushKind[message.kind] : message.kind;
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this PushTokenSet to JSON.
             * @function toJSON
             * @memberof parley.v1.PushTokenSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PushTokenSet.prototype.toJSON = function() {
                return PushTokenSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PushTokenSet
             * @function getTypeUrl
             * @memberof parley.v1.PushTokenSet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PushTokenSet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.PushTokenSet";
            };

            return PushTokenSet;
        })();

        v1.PushTokenRemoved = (function() {

            /**
             * Properties of a PushTokenRemoved.
             * @typedef {Object} parley.v1.PushTokenRemoved.$Properties
             * @property {string|null} [userId] PushTokenRemoved userId
             * @property {string|null} [deviceId] PushTokenRemoved deviceId
             * @property {string|null} [token] PushTokenRemoved token
             * @property {string|null} [reason] PushTokenRemoved reason
             * @property {number|null} [atMs] PushTokenRemoved atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PushTokenRemoved.
             * @memberof parley.v1
             * @interface IPushTokenRemoved
             * @augments parley.v1.PushTokenRemoved.$Properties
             * @deprecated Use parley.v1.PushTokenRemoved.$Properties instead.
             */

            /**
             * Shape of a PushTokenRemoved.
             * @typedef {parley.v1.PushTokenRemoved.$Properties} parley.v1.PushTokenRemoved.$Shape
             */

            /**
             * Constructs a new PushTokenRemoved.
             * @memberof parley.v1
             * @classdesc Represents a PushTokenRemoved.
             * @constructor
             * @param {parley.v1.PushTokenRemoved.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PushTokenRemoved = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PushTokenRemoved userId.
             * @member {string} userId
             * @memberof parley.v1.PushTokenRemoved
             * @instance
             */
            PushTokenRemoved.prototype.userId = "";

            /**
             * PushTokenRemoved deviceId.
             * @member {string} deviceId
             * @memberof parley.v1.PushTokenRemoved
             * @instance
             */
            PushTokenRemoved.prototype.deviceId = "";

            /**
             * PushTokenRemoved token.
             * @member {string} token
             * @memberof parley.v1.PushTokenRemoved
             * @instance
             */
            PushTokenRemoved.prototype.token = "";

            /**
             * PushTokenRemoved reason.
             * @member {string} reason
             * @memberof parley.v1.PushTokenRemoved
             * @instance
             */
            PushTokenRemoved.prototype.reason = "";

            /**
             * PushTokenRemoved atMs.
             * @member {number} atMs
             * @memberof parley.v1.PushTokenRemoved
             * @instance
             */
            PushTokenRemoved.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new PushTokenRemoved instance using the specified properties.
             * @function create
             * @memberof parley.v1.PushTokenRemoved
             * @static
             * @param {parley.v1.PushTokenRemoved.$Properties=} [properties] Properties to set
             * @returns {parley.v1.PushTokenRemoved} PushTokenRemoved instance
             * @type {{
             *   (properties: parley.v1.PushTokenRemoved.$Shape): parley.v1.PushTokenRemoved & parley.v1.PushTokenRemoved.$Shape;
             *   (properties?: parley.v1.PushTokenRemoved.$Properties): parley.v1.PushTokenRemoved;
             * }}
             */
            PushTokenRemoved.create = function(properties) {
                return new PushTokenRemoved(properties);
            };

            /**
             * Encodes the specified PushTokenRemoved message. Does not implicitly {@link parley.v1.PushTokenRemoved.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.PushTokenRemoved
             * @static
             * @param {parley.v1.PushTokenRemoved.$Properties} message PushTokenRemoved message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PushTokenRemoved.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.token);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PushTokenRemoved message, length delimited. Does not implicitly {@link parley.v1.PushTokenRemoved.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.PushTokenRemoved
             * @static
             * @param {parley.v1.PushTokenRemoved.$Properties} message PushTokenRemoved message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PushTokenRemoved.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PushTokenRemoved message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.PushTokenRemoved
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.PushTokenRemoved & parley.v1.PushTokenRemoved.$Shape} PushTokenRemoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PushTokenRemoved.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.PushTokenRemoved();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PushTokenRemoved message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.PushTokenRemoved
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.PushTokenRemoved & parley.v1.PushTokenRemoved.$Shape} PushTokenRemoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PushTokenRemoved.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PushTokenRemoved message.
             * @function verify
             * @memberof parley.v1.PushTokenRemoved
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PushTokenRemoved.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    if (!$util.isString(message.token))
                        return "token: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a PushTokenRemoved message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.PushTokenRemoved
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.PushTokenRemoved} PushTokenRemoved
             */
            PushTokenRemoved.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.PushTokenRemoved)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.PushTokenRemoved: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.PushTokenRemoved();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a PushTokenRemoved message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.PushTokenRemoved
             * @static
             * @param {parley.v1.PushTokenRemoved} message PushTokenRemoved
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PushTokenRemoved.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.deviceId = "";
                    object.token = "";
                    object.reason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this PushTokenRemoved to JSON.
             * @function toJSON
             * @memberof parley.v1.PushTokenRemoved
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PushTokenRemoved.prototype.toJSON = function() {
                return PushTokenRemoved.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PushTokenRemoved
             * @function getTypeUrl
             * @memberof parley.v1.PushTokenRemoved
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PushTokenRemoved.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.PushTokenRemoved";
            };

            return PushTokenRemoved;
        })();

        v1.ConversationMuteSet = (function() {

            /**
             * Properties of a ConversationMuteSet.
             * @typedef {Object} parley.v1.ConversationMuteSet.$Properties
             * @property {string|null} [userId] ConversationMuteSet userId
             * @property {string|null} [conversationId] ConversationMuteSet conversationId
             * @property {boolean|null} [muted] ConversationMuteSet muted
             * @property {number|null} [untilMs] ConversationMuteSet untilMs
             * @property {number|null} [atMs] ConversationMuteSet atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConversationMuteSet.
             * @memberof parley.v1
             * @interface IConversationMuteSet
             * @augments parley.v1.ConversationMuteSet.$Properties
             * @deprecated Use parley.v1.ConversationMuteSet.$Properties instead.
             */

            /**
             * Shape of a ConversationMuteSet.
             * @typedef {parley.v1.ConversationMuteSet.$Properties} parley.v1.ConversationMuteSet.$Shape
             */

            /**
             * Constructs a new ConversationMuteSet.
             * @memberof parley.v1
             * @classdesc Represents a ConversationMuteSet.
             * @constructor
             * @param {parley.v1.ConversationMuteSet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConversationMuteSet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConversationMuteSet userId.
             * @member {string} userId
             * @memberof parley.v1.ConversationMuteSet
             * @instance
             */
            ConversationMuteSet.prototype.userId = "";

            /**
             * ConversationMuteSet conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.ConversationMuteSet
             * @instance
             */
            ConversationMuteSet.prototype.conversationId = "";

            /**
             * ConversationMuteSet muted.
             * @member {boolean} muted
             * @memberof parley.v1.ConversationMuteSet
             * @instance
             */
            ConversationMuteSet.prototype.muted = false;

            /**
             * ConversationMuteSet untilMs.
             * @member {number} untilMs
             * @memberof parley.v1.ConversationMuteSet
             * @instance
             */
            ConversationMuteSet.prototype.untilMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ConversationMuteSet atMs.
             * @member {number} atMs
             * @memberof parley.v1.ConversationMuteSet
             * @instance
             */
            ConversationMuteSet.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ConversationMuteSet instance using the specified properties.
             * @function create
             * @memberof parley.v1.ConversationMuteSet
             * @static
             * @param {parley.v1.ConversationMuteSet.$Properties=} [properties] Properties to set
             * @returns {parley.v1.ConversationMuteSet} ConversationMuteSet instance
             * @type {{
             *   (properties: parley.v1.ConversationMuteSet.$Shape): parley.v1.ConversationMuteSet & parley.v1.ConversationMuteSet.$Shape;
             *   (properties?: parley.v1.ConversationMuteSet.$Properties): parley.v1.ConversationMuteSet;
             * }}
             */
            ConversationMuteSet.create = function(properties) {
                return new ConversationMuteSet(properties);
            };

            /**
             * Encodes the specified ConversationMuteSet message. Does not implicitly {@link parley.v1.ConversationMuteSet.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.ConversationMuteSet
             * @static
             * @param {parley.v1.ConversationMuteSet.$Properties} message ConversationMuteSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationMuteSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.conversationId);
                if (message.muted != null && $Object.hasOwnProperty.call(message, "muted") && message.muted !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.muted);
                if (message.untilMs != null && $Object.hasOwnProperty.call(message, "untilMs") && (typeof message.untilMs === "object" ? message.untilMs.low || message.untilMs.high : message.untilMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.untilMs);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ConversationMuteSet message, length delimited. Does not implicitly {@link parley.v1.ConversationMuteSet.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.ConversationMuteSet
             * @static
             * @param {parley.v1.ConversationMuteSet.$Properties} message ConversationMuteSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationMuteSet.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConversationMuteSet message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.ConversationMuteSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.ConversationMuteSet & parley.v1.ConversationMuteSet.$Shape} ConversationMuteSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationMuteSet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.ConversationMuteSet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.muted = value;
                            else
                                delete message.muted;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.untilMs = value;
                            else
                                delete message.untilMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ConversationMuteSet message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.ConversationMuteSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.ConversationMuteSet & parley.v1.ConversationMuteSet.$Shape} ConversationMuteSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationMuteSet.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConversationMuteSet message.
             * @function verify
             * @memberof parley.v1.ConversationMuteSet
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConversationMuteSet.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.muted != null && $Object.hasOwnProperty.call(message, "muted"))
                    if (typeof message.muted !== "boolean")
                        return "muted: boolean expected";
                if (message.untilMs != null && $Object.hasOwnProperty.call(message, "untilMs"))
                    if (!$util.isInteger(message.untilMs) && !(message.untilMs && $util.isInteger(message.untilMs.low) && $util.isInteger(message.untilMs.high)))
                        return "untilMs: integer|Long expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a ConversationMuteSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.ConversationMuteSet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.ConversationMuteSet} ConversationMuteSet
             */
            ConversationMuteSet.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.ConversationMuteSet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.ConversationMuteSet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.ConversationMuteSet();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.muted != null)
                    if (object.muted)
                        message.muted = $Boolean(object.muted);
                if (object.untilMs != null)
                    if (typeof object.untilMs === "object" ? object.untilMs.low || object.untilMs.high : $Number(object.untilMs) !== 0)
                        if ($util.Long)
                            message.untilMs = $util.Long.fromValue(object.untilMs, false);
                        else if (typeof object.untilMs === "string")
                            message.untilMs = $parseInt(object.untilMs, 10);
                        else if (typeof object.untilMs === "number")
                            message.untilMs = object.untilMs;
                        else if (typeof object.untilMs === "object")
                            message.untilMs = new $util.LongBits(object.untilMs.low >>> 0, object.untilMs.high >>> 0).toNumber();
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ConversationMuteSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.ConversationMuteSet
             * @static
             * @param {parley.v1.ConversationMuteSet} message ConversationMuteSet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConversationMuteSet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.conversationId = "";
                    object.muted = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.untilMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.untilMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.muted != null && $Object.hasOwnProperty.call(message, "muted"))
                    object.muted = message.muted;
                if (message.untilMs != null && $Object.hasOwnProperty.call(message, "untilMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.untilMs = typeof message.untilMs === "number" ? $BigInt(message.untilMs) : $util.Long.fromBits(message.untilMs.low >>> 0, message.untilMs.high >>> 0, false).toBigInt();
                    else if (typeof message.untilMs === "number")
                        object.untilMs = options.longs === $String ? $String(message.untilMs) : message.untilMs;
                    else
                        object.untilMs = options.longs === $String ? $util.Long.prototype.toString.call(message.untilMs) : options.longs === $Number ? new $util.LongBits(message.untilMs.low >>> 0, message.untilMs.high >>> 0).toNumber() : message.untilMs;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this ConversationMuteSet to JSON.
             * @function toJSON
             * @memberof parley.v1.ConversationMuteSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConversationMuteSet.prototype.toJSON = function() {
                return ConversationMuteSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConversationMuteSet
             * @function getTypeUrl
             * @memberof parley.v1.ConversationMuteSet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConversationMuteSet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.ConversationMuteSet";
            };

            return ConversationMuteSet;
        })();

        v1.MessageEdited = (function() {

            /**
             * Properties of a MessageEdited.
             * @typedef {Object} parley.v1.MessageEdited.$Properties
             * @property {string|null} [conversationId] MessageEdited conversationId
             * @property {string|null} [messageId] MessageEdited messageId
             * @property {string|null} [userId] MessageEdited userId
             * @property {string|null} [deviceId] MessageEdited deviceId
             * @property {string|null} [text] MessageEdited text
             * @property {number|null} [atMs] MessageEdited atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessageEdited.
             * @memberof parley.v1
             * @interface IMessageEdited
             * @augments parley.v1.MessageEdited.$Properties
             * @deprecated Use parley.v1.MessageEdited.$Properties instead.
             */

            /**
             * Shape of a MessageEdited.
             * @typedef {parley.v1.MessageEdited.$Properties} parley.v1.MessageEdited.$Shape
             */

            /**
             * Constructs a new MessageEdited.
             * @memberof parley.v1
             * @classdesc Represents a MessageEdited.
             * @constructor
             * @param {parley.v1.MessageEdited.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MessageEdited = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MessageEdited conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.MessageEdited
             * @instance
             */
            MessageEdited.prototype.conversationId = "";

            /**
             * MessageEdited messageId.
             * @member {string} messageId
             * @memberof parley.v1.MessageEdited
             * @instance
             */
            MessageEdited.prototype.messageId = "";

            /**
             * MessageEdited userId.
             * @member {string} userId
             * @memberof parley.v1.MessageEdited
             * @instance
             */
            MessageEdited.prototype.userId = "";

            /**
             * MessageEdited deviceId.
             * @member {string} deviceId
             * @memberof parley.v1.MessageEdited
             * @instance
             */
            MessageEdited.prototype.deviceId = "";

            /**
             * MessageEdited text.
             * @member {string} text
             * @memberof parley.v1.MessageEdited
             * @instance
             */
            MessageEdited.prototype.text = "";

            /**
             * MessageEdited atMs.
             * @member {number} atMs
             * @memberof parley.v1.MessageEdited
             * @instance
             */
            MessageEdited.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new MessageEdited instance using the specified properties.
             * @function create
             * @memberof parley.v1.MessageEdited
             * @static
             * @param {parley.v1.MessageEdited.$Properties=} [properties] Properties to set
             * @returns {parley.v1.MessageEdited} MessageEdited instance
             * @type {{
             *   (properties: parley.v1.MessageEdited.$Shape): parley.v1.MessageEdited & parley.v1.MessageEdited.$Shape;
             *   (properties?: parley.v1.MessageEdited.$Properties): parley.v1.MessageEdited;
             * }}
             */
            MessageEdited.create = function(properties) {
                return new MessageEdited(properties);
            };

            /**
             * Encodes the specified MessageEdited message. Does not implicitly {@link parley.v1.MessageEdited.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.MessageEdited
             * @static
             * @param {parley.v1.MessageEdited.$Properties} message MessageEdited message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageEdited.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.deviceId);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.text);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MessageEdited message, length delimited. Does not implicitly {@link parley.v1.MessageEdited.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.MessageEdited
             * @static
             * @param {parley.v1.MessageEdited.$Properties} message MessageEdited message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageEdited.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MessageEdited message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.MessageEdited
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.MessageEdited & parley.v1.MessageEdited.$Shape} MessageEdited
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageEdited.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.MessageEdited();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MessageEdited message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.MessageEdited
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.MessageEdited & parley.v1.MessageEdited.$Shape} MessageEdited
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageEdited.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MessageEdited message.
             * @function verify
             * @memberof parley.v1.MessageEdited
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MessageEdited.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a MessageEdited message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.MessageEdited
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.MessageEdited} MessageEdited
             */
            MessageEdited.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.MessageEdited)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.MessageEdited: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.MessageEdited();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a MessageEdited message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.MessageEdited
             * @static
             * @param {parley.v1.MessageEdited} message MessageEdited
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MessageEdited.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.messageId = "";
                    object.userId = "";
                    object.deviceId = "";
                    object.text = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this MessageEdited to JSON.
             * @function toJSON
             * @memberof parley.v1.MessageEdited
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MessageEdited.prototype.toJSON = function() {
                return MessageEdited.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MessageEdited
             * @function getTypeUrl
             * @memberof parley.v1.MessageEdited
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MessageEdited.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.MessageEdited";
            };

            return MessageEdited;
        })();

        v1.MessageDeleted = (function() {

            /**
             * Properties of a MessageDeleted.
             * @typedef {Object} parley.v1.MessageDeleted.$Properties
             * @property {string|null} [conversationId] MessageDeleted conversationId
             * @property {string|null} [messageId] MessageDeleted messageId
             * @property {string|null} [userId] MessageDeleted userId
             * @property {string|null} [deviceId] MessageDeleted deviceId
             * @property {number|null} [atMs] MessageDeleted atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessageDeleted.
             * @memberof parley.v1
             * @interface IMessageDeleted
             * @augments parley.v1.MessageDeleted.$Properties
             * @deprecated Use parley.v1.MessageDeleted.$Properties instead.
             */

            /**
             * Shape of a MessageDeleted.
             * @typedef {parley.v1.MessageDeleted.$Properties} parley.v1.MessageDeleted.$Shape
             */

            /**
             * Constructs a new MessageDeleted.
             * @memberof parley.v1
             * @classdesc Represents a MessageDeleted.
             * @constructor
             * @param {parley.v1.MessageDeleted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MessageDeleted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MessageDeleted conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.MessageDeleted
             * @instance
             */
            MessageDeleted.prototype.conversationId = "";

            /**
             * MessageDeleted messageId.
             * @member {string} messageId
             * @memberof parley.v1.MessageDeleted
             * @instance
             */
            MessageDeleted.prototype.messageId = "";

            /**
             * MessageDeleted userId.
             * @member {string} userId
             * @memberof parley.v1.MessageDeleted
             * @instance
             */
            MessageDeleted.prototype.userId = "";

            /**
             * MessageDeleted deviceId.
             * @member {string} deviceId
             * @memberof parley.v1.MessageDeleted
             * @instance
             */
            MessageDeleted.prototype.deviceId = "";

            /**
             * MessageDeleted atMs.
             * @member {number} atMs
             * @memberof parley.v1.MessageDeleted
             * @instance
             */
            MessageDeleted.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new MessageDeleted instance using the specified properties.
             * @function create
             * @memberof parley.v1.MessageDeleted
             * @static
             * @param {parley.v1.MessageDeleted.$Properties=} [properties] Properties to set
             * @returns {parley.v1.MessageDeleted} MessageDeleted instance
             * @type {{
             *   (properties: parley.v1.MessageDeleted.$Shape): parley.v1.MessageDeleted & parley.v1.MessageDeleted.$Shape;
             *   (properties?: parley.v1.MessageDeleted.$Properties): parley.v1.MessageDeleted;
             * }}
             */
            MessageDeleted.create = function(properties) {
                return new MessageDeleted(properties);
            };

            /**
             * Encodes the specified MessageDeleted message. Does not implicitly {@link parley.v1.MessageDeleted.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.MessageDeleted
             * @static
             * @param {parley.v1.MessageDeleted.$Properties} message MessageDeleted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageDeleted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.deviceId);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MessageDeleted message, length delimited. Does not implicitly {@link parley.v1.MessageDeleted.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.MessageDeleted
             * @static
             * @param {parley.v1.MessageDeleted.$Properties} message MessageDeleted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageDeleted.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MessageDeleted message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.MessageDeleted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.MessageDeleted & parley.v1.MessageDeleted.$Shape} MessageDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageDeleted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.MessageDeleted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MessageDeleted message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.MessageDeleted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.MessageDeleted & parley.v1.MessageDeleted.$Shape} MessageDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageDeleted.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MessageDeleted message.
             * @function verify
             * @memberof parley.v1.MessageDeleted
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MessageDeleted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a MessageDeleted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.MessageDeleted
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.MessageDeleted} MessageDeleted
             */
            MessageDeleted.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.MessageDeleted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.MessageDeleted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.MessageDeleted();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a MessageDeleted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.MessageDeleted
             * @static
             * @param {parley.v1.MessageDeleted} message MessageDeleted
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MessageDeleted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.messageId = "";
                    object.userId = "";
                    object.deviceId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this MessageDeleted to JSON.
             * @function toJSON
             * @memberof parley.v1.MessageDeleted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MessageDeleted.prototype.toJSON = function() {
                return MessageDeleted.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MessageDeleted
             * @function getTypeUrl
             * @memberof parley.v1.MessageDeleted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MessageDeleted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.MessageDeleted";
            };

            return MessageDeleted;
        })();

        v1.MessageHidden = (function() {

            /**
             * Properties of a MessageHidden.
             * @typedef {Object} parley.v1.MessageHidden.$Properties
             * @property {string|null} [conversationId] MessageHidden conversationId
             * @property {string|null} [messageId] MessageHidden messageId
             * @property {string|null} [userId] MessageHidden userId
             * @property {string|null} [deviceId] MessageHidden deviceId
             * @property {number|null} [atMs] MessageHidden atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessageHidden.
             * @memberof parley.v1
             * @interface IMessageHidden
             * @augments parley.v1.MessageHidden.$Properties
             * @deprecated Use parley.v1.MessageHidden.$Properties instead.
             */

            /**
             * Shape of a MessageHidden.
             * @typedef {parley.v1.MessageHidden.$Properties} parley.v1.MessageHidden.$Shape
             */

            /**
             * Constructs a new MessageHidden.
             * @memberof parley.v1
             * @classdesc Represents a MessageHidden.
             * @constructor
             * @param {parley.v1.MessageHidden.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MessageHidden = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MessageHidden conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.MessageHidden
             * @instance
             */
            MessageHidden.prototype.conversationId = "";

            /**
             * MessageHidden messageId.
             * @member {string} messageId
             * @memberof parley.v1.MessageHidden
             * @instance
             */
            MessageHidden.prototype.messageId = "";

            /**
             * MessageHidden userId.
             * @member {string} userId
             * @memberof parley.v1.MessageHidden
             * @instance
             */
            MessageHidden.prototype.userId = "";

            /**
             * MessageHidden deviceId.
             * @member {string} deviceId
             * @memberof parley.v1.MessageHidden
             * @instance
             */
            MessageHidden.prototype.deviceId = "";

            /**
             * MessageHidden atMs.
             * @member {number} atMs
             * @memberof parley.v1.MessageHidden
             * @instance
             */
            MessageHidden.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new MessageHidden instance using the specified properties.
             * @function create
             * @memberof parley.v1.MessageHidden
             * @static
             * @param {parley.v1.MessageHidden.$Properties=} [properties] Properties to set
             * @returns {parley.v1.MessageHidden} MessageHidden instance
             * @type {{
             *   (properties: parley.v1.MessageHidden.$Shape): parley.v1.MessageHidden & parley.v1.MessageHidden.$Shape;
             *   (properties?: parley.v1.MessageHidden.$Properties): parley.v1.MessageHidden;
             * }}
             */
            MessageHidden.create = function(properties) {
                return new MessageHidden(properties);
            };

            /**
             * Encodes the specified MessageHidden message. Does not implicitly {@link parley.v1.MessageHidden.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.MessageHidden
             * @static
             * @param {parley.v1.MessageHidden.$Properties} message MessageHidden message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageHidden.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.deviceId);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MessageHidden message, length delimited. Does not implicitly {@link parley.v1.MessageHidden.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.MessageHidden
             * @static
             * @param {parley.v1.MessageHidden.$Properties} message MessageHidden message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageHidden.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MessageHidden message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.MessageHidden
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.MessageHidden & parley.v1.MessageHidden.$Shape} MessageHidden
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageHidden.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.MessageHidden();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MessageHidden message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.MessageHidden
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.MessageHidden & parley.v1.MessageHidden.$Shape} MessageHidden
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageHidden.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MessageHidden message.
             * @function verify
             * @memberof parley.v1.MessageHidden
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MessageHidden.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a MessageHidden message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.MessageHidden
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.MessageHidden} MessageHidden
             */
            MessageHidden.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.MessageHidden)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.MessageHidden: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.MessageHidden();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a MessageHidden message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.MessageHidden
             * @static
             * @param {parley.v1.MessageHidden} message MessageHidden
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MessageHidden.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.messageId = "";
                    object.userId = "";
                    object.deviceId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this MessageHidden to JSON.
             * @function toJSON
             * @memberof parley.v1.MessageHidden
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MessageHidden.prototype.toJSON = function() {
                return MessageHidden.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MessageHidden
             * @function getTypeUrl
             * @memberof parley.v1.MessageHidden
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MessageHidden.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.MessageHidden";
            };

            return MessageHidden;
        })();

        v1.ReactionAdded = (function() {

            /**
             * Properties of a ReactionAdded.
             * @typedef {Object} parley.v1.ReactionAdded.$Properties
             * @property {string|null} [conversationId] ReactionAdded conversationId
             * @property {string|null} [messageId] ReactionAdded messageId
             * @property {string|null} [userId] ReactionAdded userId
             * @property {string|null} [deviceId] ReactionAdded deviceId
             * @property {string|null} [emoji] ReactionAdded emoji
             * @property {number|null} [atMs] ReactionAdded atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReactionAdded.
             * @memberof parley.v1
             * @interface IReactionAdded
             * @augments parley.v1.ReactionAdded.$Properties
             * @deprecated Use parley.v1.ReactionAdded.$Properties instead.
             */

            /**
             * Shape of a ReactionAdded.
             * @typedef {parley.v1.ReactionAdded.$Properties} parley.v1.ReactionAdded.$Shape
             */

            /**
             * Constructs a new ReactionAdded.
             * @memberof parley.v1
             * @classdesc Represents a ReactionAdded.
             * @constructor
             * @param {parley.v1.ReactionAdded.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReactionAdded = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReactionAdded conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.ReactionAdded
             * @instance
             */
            ReactionAdded.prototype.conversationId = "";

            /**
             * ReactionAdded messageId.
             * @member {string} messageId
             * @memberof parley.v1.ReactionAdded
             * @instance
             */
            ReactionAdded.prototype.messageId = "";

            /**
             * ReactionAdded userId.
             * @member {string} userId
             * @memberof parley.v1.ReactionAdded
             * @instance
             */
            ReactionAdded.prototype.userId = "";

            /**
             * ReactionAdded deviceId.
             * @member {string} deviceId
             * @memberof parley.v1.ReactionAdded
             * @instance
             */
            ReactionAdded.prototype.deviceId = "";

            /**
             * ReactionAdded emoji.
             * @member {string} emoji
             * @memberof parley.v1.ReactionAdded
             * @instance
             */
            ReactionAdded.prototype.emoji = "";

            /**
             * ReactionAdded atMs.
             * @member {number} atMs
             * @memberof parley.v1.ReactionAdded
             * @instance
             */
            ReactionAdded.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ReactionAdded instance using the specified properties.
             * @function create
             * @memberof parley.v1.ReactionAdded
             * @static
             * @param {parley.v1.ReactionAdded.$Properties=} [properties] Properties to set
             * @returns {parley.v1.ReactionAdded} ReactionAdded instance
             * @type {{
             *   (properties: parley.v1.ReactionAdded.$Shape): parley.v1.ReactionAdded & parley.v1.ReactionAdded.$Shape;
             *   (properties?: parley.v1.ReactionAdded.$Properties): parley.v1.ReactionAdded;
             * }}
             */
            ReactionAdded.create = function(properties) {
                return new ReactionAdded(properties);
            };

            /**
             * Encodes the specified ReactionAdded message. Does not implicitly {@link parley.v1.ReactionAdded.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.ReactionAdded
             * @static
             * @param {parley.v1.ReactionAdded.$Properties} message ReactionAdded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReactionAdded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.deviceId);
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji") && message.emoji !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.emoji);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ReactionAdded message, length delimited. Does not implicitly {@link parley.v1.ReactionAdded.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.ReactionAdded
             * @static
             * @param {parley.v1.ReactionAdded.$Properties} message ReactionAdded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReactionAdded.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReactionAdded message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.ReactionAdded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.ReactionAdded & parley.v1.ReactionAdded.$Shape} ReactionAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReactionAdded.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.ReactionAdded();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.emoji = value;
                            else
                                delete message.emoji;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ReactionAdded message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.ReactionAdded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.ReactionAdded & parley.v1.ReactionAdded.$Shape} ReactionAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReactionAdded.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReactionAdded message.
             * @function verify
             * @memberof parley.v1.ReactionAdded
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReactionAdded.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji"))
                    if (!$util.isString(message.emoji))
                        return "emoji: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a ReactionAdded message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.ReactionAdded
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.ReactionAdded} ReactionAdded
             */
            ReactionAdded.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.ReactionAdded)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.ReactionAdded: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.ReactionAdded();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.emoji != null)
                    if (typeof object.emoji !== "string" || object.emoji.length)
                        message.emoji = $String(object.emoji);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ReactionAdded message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.ReactionAdded
             * @static
             * @param {parley.v1.ReactionAdded} message ReactionAdded
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReactionAdded.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.messageId = "";
                    object.userId = "";
                    object.deviceId = "";
                    object.emoji = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji"))
                    object.emoji = message.emoji;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this ReactionAdded to JSON.
             * @function toJSON
             * @memberof parley.v1.ReactionAdded
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReactionAdded.prototype.toJSON = function() {
                return ReactionAdded.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReactionAdded
             * @function getTypeUrl
             * @memberof parley.v1.ReactionAdded
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReactionAdded.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.ReactionAdded";
            };

            return ReactionAdded;
        })();

        v1.ReactionRemoved = (function() {

            /**
             * Properties of a ReactionRemoved.
             * @typedef {Object} parley.v1.ReactionRemoved.$Properties
             * @property {string|null} [conversationId] ReactionRemoved conversationId
             * @property {string|null} [messageId] ReactionRemoved messageId
             * @property {string|null} [userId] ReactionRemoved userId
             * @property {string|null} [deviceId] ReactionRemoved deviceId
             * @property {string|null} [emoji] ReactionRemoved emoji
             * @property {number|null} [atMs] ReactionRemoved atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReactionRemoved.
             * @memberof parley.v1
             * @interface IReactionRemoved
             * @augments parley.v1.ReactionRemoved.$Properties
             * @deprecated Use parley.v1.ReactionRemoved.$Properties instead.
             */

            /**
             * Shape of a ReactionRemoved.
             * @typedef {parley.v1.ReactionRemoved.$Properties} parley.v1.ReactionRemoved.$Shape
             */

            /**
             * Constructs a new ReactionRemoved.
             * @memberof parley.v1
             * @classdesc Represents a ReactionRemoved.
             * @constructor
             * @param {parley.v1.ReactionRemoved.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReactionRemoved = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReactionRemoved conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.ReactionRemoved
             * @instance
             */
            ReactionRemoved.prototype.conversationId = "";

            /**
             * ReactionRemoved messageId.
             * @member {string} messageId
             * @memberof parley.v1.ReactionRemoved
             * @instance
             */
            ReactionRemoved.prototype.messageId = "";

            /**
             * ReactionRemoved userId.
             * @member {string} userId
             * @memberof parley.v1.ReactionRemoved
             * @instance
             */
            ReactionRemoved.prototype.userId = "";

            /**
             * ReactionRemoved deviceId.
             * @member {string} deviceId
             * @memberof parley.v1.ReactionRemoved
             * @instance
             */
            ReactionRemoved.prototype.deviceId = "";

            /**
             * ReactionRemoved emoji.
             * @member {string} emoji
             * @memberof parley.v1.ReactionRemoved
             * @instance
             */
            ReactionRemoved.prototype.emoji = "";

            /**
             * ReactionRemoved atMs.
             * @member {number} atMs
             * @memberof parley.v1.ReactionRemoved
             * @instance
             */
            ReactionRemoved.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ReactionRemoved instance using the specified properties.
             * @function create
             * @memberof parley.v1.ReactionRemoved
             * @static
             * @param {parley.v1.ReactionRemoved.$Properties=} [properties] Properties to set
             * @returns {parley.v1.ReactionRemoved} ReactionRemoved instance
             * @type {{
             *   (properties: parley.v1.ReactionRemoved.$Shape): parley.v1.ReactionRemoved & parley.v1.ReactionRemoved.$Shape;
             *   (properties?: parley.v1.ReactionRemoved.$Properties): parley.v1.ReactionRemoved;
             * }}
             */
            ReactionRemoved.create = function(properties) {
                return new ReactionRemoved(properties);
            };

            /**
             * Encodes the specified ReactionRemoved message. Does not implicitly {@link parley.v1.ReactionRemoved.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.ReactionRemoved
             * @static
             * @param {parley.v1.ReactionRemoved.$Properties} message ReactionRemoved message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReactionRemoved.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.deviceId);
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji") && message.emoji !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.emoji);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ReactionRemoved message, length delimited. Does not implicitly {@link parley.v1.ReactionRemoved.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.ReactionRemoved
             * @static
             * @param {parley.v1.ReactionRemoved.$Properties} message ReactionRemoved message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReactionRemoved.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReactionRemoved message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.ReactionRemoved
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.ReactionRemoved & parley.v1.ReactionRemoved.$Shape} ReactionRemoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReactionRemoved.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.ReactionRemoved();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.emoji = value;
                            else
                                delete message.emoji;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ReactionRemoved message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.ReactionRemoved
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.ReactionRemoved & parley.v1.ReactionRemoved.$Shape} ReactionRemoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReactionRemoved.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReactionRemoved message.
             * @function verify
             * @memberof parley.v1.ReactionRemoved
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReactionRemoved.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji"))
                    if (!$util.isString(message.emoji))
                        return "emoji: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a ReactionRemoved message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.ReactionRemoved
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.ReactionRemoved} ReactionRemoved
             */
            ReactionRemoved.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.ReactionRemoved)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.ReactionRemoved: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.ReactionRemoved();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.emoji != null)
                    if (typeof object.emoji !== "string" || object.emoji.length)
                        message.emoji = $String(object.emoji);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ReactionRemoved message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.ReactionRemoved
             * @static
             * @param {parley.v1.ReactionRemoved} message ReactionRemoved
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReactionRemoved.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.messageId = "";
                    object.userId = "";
                    object.deviceId = "";
                    object.emoji = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji"))
                    object.emoji = message.emoji;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this ReactionRemoved to JSON.
             * @function toJSON
             * @memberof parley.v1.ReactionRemoved
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReactionRemoved.prototype.toJSON = function() {
                return ReactionRemoved.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReactionRemoved
             * @function getTypeUrl
             * @memberof parley.v1.ReactionRemoved
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReactionRemoved.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.ReactionRemoved";
            };

            return ReactionRemoved;
        })();

        v1.Event = (function() {

            /**
             * Properties of an Event.
             * @typedef {Object} parley.v1.Event.$Properties
             * @property {parley.v1.ConversationCreated.$Properties|null} [conversationCreated] Event conversationCreated
             * @property {parley.v1.MessagePosted.$Properties|null} [messagePosted] Event messagePosted
             * @property {parley.v1.UserRegistered.$Properties|null} [userRegistered] Event userRegistered
             * @property {parley.v1.UserUpdated.$Properties|null} [userUpdated] Event userUpdated
             * @property {parley.v1.UserDeleted.$Properties|null} [userDeleted] Event userDeleted
             * @property {parley.v1.DeviceAdded.$Properties|null} [deviceAdded] Event deviceAdded
             * @property {parley.v1.MembersAdded.$Properties|null} [membersAdded] Event membersAdded
             * @property {parley.v1.MemberRemoved.$Properties|null} [memberRemoved] Event memberRemoved
             * @property {parley.v1.ConversationRenamed.$Properties|null} [conversationRenamed] Event conversationRenamed
             * @property {parley.v1.MemberRoleChanged.$Properties|null} [memberRoleChanged] Event memberRoleChanged
             * @property {parley.v1.MessagesDelivered.$Properties|null} [messagesDelivered] Event messagesDelivered
             * @property {parley.v1.MessagesRead.$Properties|null} [messagesRead] Event messagesRead
             * @property {parley.v1.DeviceRevoked.$Properties|null} [deviceRevoked] Event deviceRevoked
             * @property {parley.v1.PushTokenSet.$Properties|null} [pushTokenSet] Event pushTokenSet
             * @property {parley.v1.PushTokenRemoved.$Properties|null} [pushTokenRemoved] Event pushTokenRemoved
             * @property {parley.v1.ConversationMuteSet.$Properties|null} [conversationMuteSet] Event conversationMuteSet
             * @property {parley.v1.MessageEdited.$Properties|null} [messageEdited] Event messageEdited
             * @property {parley.v1.MessageDeleted.$Properties|null} [messageDeleted] Event messageDeleted
             * @property {parley.v1.MessageHidden.$Properties|null} [messageHidden] Event messageHidden
             * @property {parley.v1.ReactionAdded.$Properties|null} [reactionAdded] Event reactionAdded
             * @property {parley.v1.ReactionRemoved.$Properties|null} [reactionRemoved] Event reactionRemoved
             * @property {"conversationCreated"|"messagePosted"|"userRegistered"|"userUpdated"|"userDeleted"|"deviceAdded"|"membersAdded"|"memberRemoved"|"conversationRenamed"|"memberRoleChanged"|"messagesDelivered"|"messagesRead"|"deviceRevoked"|"pushTokenSet"|"pushTokenRemoved"|"conversationMuteSet"|"messageEdited"|"messageDeleted"|"messageHidden"|"reactionAdded"|"reactionRemoved"} [body] Event body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Event.
             * @memberof parley.v1
             * @interface IEvent
             * @augments parley.v1.Event.$Properties
             * @deprecated Use parley.v1.Event.$Properties instead.
             */

            /**
             * Narrowed shape of an Event.
             * @typedef {{
             *   conversationCreated?: parley.v1.ConversationCreated.$Shape|null;
             *   messagePosted?: parley.v1.MessagePosted.$Shape|null;
             *   userRegistered?: parley.v1.UserRegistered.$Shape|null;
             *   userUpdated?: parley.v1.UserUpdated.$Shape|null;
             *   userDeleted?: parley.v1.UserDeleted.$Shape|null;
             *   deviceAdded?: parley.v1.DeviceAdded.$Shape|null;
             *   membersAdded?: parley.v1.MembersAdded.$Shape|null;
             *   memberRemoved?: parley.v1.MemberRemoved.$Shape|null;
             *   conversationRenamed?: parley.v1.ConversationRenamed.$Shape|null;
             *   memberRoleChanged?: parley.v1.MemberRoleChanged.$Shape|null;
             *   messagesDelivered?: parley.v1.MessagesDelivered.$Shape|null;
             *   messagesRead?: parley.v1.MessagesRead.$Shape|null;
             *   deviceRevoked?: parley.v1.DeviceRevoked.$Shape|null;
             *   pushTokenSet?: parley.v1.PushTokenSet.$Shape|null;
             *   pushTokenRemoved?: parley.v1.PushTokenRemoved.$Shape|null;
             *   conversationMuteSet?: parley.v1.ConversationMuteSet.$Shape|null;
             *   messageEdited?: parley.v1.MessageEdited.$Shape|null;
             *   messageDeleted?: parley.v1.MessageDeleted.$Shape|null;
             *   messageHidden?: parley.v1.MessageHidden.$Shape|null;
             *   reactionAdded?: parley.v1.ReactionAdded.$Shape|null;
             *   reactionRemoved?: parley.v1.ReactionRemoved.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "conversationCreated"; conversationCreated: parley.v1.ConversationCreated.$Shape; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "messagePosted"; conversationCreated?: null; messagePosted: parley.v1.MessagePosted.$Shape; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "userRegistered"; conversationCreated?: null; messagePosted?: null; userRegistered: parley.v1.UserRegistered.$Shape; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "userUpdated"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated: parley.v1.UserUpdated.$Shape; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "userDeleted"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted: parley.v1.UserDeleted.$Shape; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "deviceAdded"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded: parley.v1.DeviceAdded.$Shape; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "membersAdded"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded: parley.v1.MembersAdded.$Shape; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "memberRemoved"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved: parley.v1.MemberRemoved.$Shape; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "conversationRenamed"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed: parley.v1.ConversationRenamed.$Shape; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "memberRoleChanged"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged: parley.v1.MemberRoleChanged.$Shape; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "messagesDelivered"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered: parley.v1.MessagesDelivered.$Shape; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "messagesRead"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead: parley.v1.MessagesRead.$Shape; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "deviceRevoked"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked: parley.v1.DeviceRevoked.$Shape; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "pushTokenSet"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet: parley.v1.PushTokenSet.$Shape; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "pushTokenRemoved"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved: parley.v1.PushTokenRemoved.$Shape; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "conversationMuteSet"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet: parley.v1.ConversationMuteSet.$Shape; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "messageEdited"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited: parley.v1.MessageEdited.$Shape; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "messageDeleted"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted: parley.v1.MessageDeleted.$Shape; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "messageHidden"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden: parley.v1.MessageHidden.$Shape; reactionAdded?: null; reactionRemoved?: null }|{ body?: "reactionAdded"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded: parley.v1.ReactionAdded.$Shape; reactionRemoved?: null }|{ body?: "reactionRemoved"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved: parley.v1.ReactionRemoved.$Shape })
             * )} parley.v1.Event.$Shape
             */

            /**
             * Constructs a new Event.
             * @memberof parley.v1
             * @classdesc Represents an Event.
             * @constructor
             * @param {parley.v1.Event.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Event = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Event conversationCreated.
             * @member {parley.v1.ConversationCreated.$Properties|null|undefined} conversationCreated
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.conversationCreated = null;

            /**
             * Event messagePosted.
             * @member {parley.v1.MessagePosted.$Properties|null|undefined} messagePosted
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.messagePosted = null;

            /**
             * Event userRegistered.
             * @member {parley.v1.UserRegistered.$Properties|null|undefined} userRegistered
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.userRegistered = null;

            /**
             * Event userUpdated.
             * @member {parley.v1.UserUpdated.$Properties|null|undefined} userUpdated
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.userUpdated = null;

            /**
             * Event userDeleted.
             * @member {parley.v1.UserDeleted.$Properties|null|undefined} userDeleted
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.userDeleted = null;

            /**
             * Event deviceAdded.
             * @member {parley.v1.DeviceAdded.$Properties|null|undefined} deviceAdded
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.deviceAdded = null;

            /**
             * Event membersAdded.
             * @member {parley.v1.MembersAdded.$Properties|null|undefined} membersAdded
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.membersAdded = null;

            /**
             * Event memberRemoved.
             * @member {parley.v1.MemberRemoved.$Properties|null|undefined} memberRemoved
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.memberRemoved = null;

            /**
             * Event conversationRenamed.
             * @member {parley.v1.ConversationRenamed.$Properties|null|undefined} conversationRenamed
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.conversationRenamed = null;

            /**
             * Event memberRoleChanged.
             * @member {parley.v1.MemberRoleChanged.$Properties|null|undefined} memberRoleChanged
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.memberRoleChanged = null;

            /**
             * Event messagesDelivered.
             * @member {parley.v1.MessagesDelivered.$Properties|null|undefined} messagesDelivered
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.messagesDelivered = null;

            /**
             * Event messagesRead.
             * @member {parley.v1.MessagesRead.$Properties|null|undefined} messagesRead
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.messagesRead = null;

            /**
             * Event deviceRevoked.
             * @member {parley.v1.DeviceRevoked.$Properties|null|undefined} deviceRevoked
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.deviceRevoked = null;

            /**
             * Event pushTokenSet.
             * @member {parley.v1.PushTokenSet.$Properties|null|undefined} pushTokenSet
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.pushTokenSet = null;

            /**
             * Event pushTokenRemoved.
             * @member {parley.v1.PushTokenRemoved.$Properties|null|undefined} pushTokenRemoved
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.pushTokenRemoved = null;

            /**
             * Event conversationMuteSet.
             * @member {parley.v1.ConversationMuteSet.$Properties|null|undefined} conversationMuteSet
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.conversationMuteSet = null;

            /**
             * Event messageEdited.
             * @member {parley.v1.MessageEdited.$Properties|null|undefined} messageEdited
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.messageEdited = null;

            /**
             * Event messageDeleted.
             * @member {parley.v1.MessageDeleted.$Properties|null|undefined} messageDeleted
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.messageDeleted = null;

            /**
             * Event messageHidden.
             * @member {parley.v1.MessageHidden.$Properties|null|undefined} messageHidden
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.messageHidden = null;

            /**
             * Event reactionAdded.
             * @member {parley.v1.ReactionAdded.$Properties|null|undefined} reactionAdded
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.reactionAdded = null;

            /**
             * Event reactionRemoved.
             * @member {parley.v1.ReactionRemoved.$Properties|null|undefined} reactionRemoved
             * @memberof parley.v1.Event
             * @instance
             */
            Event.prototype.reactionRemoved = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Event body.
             * @member {"conversationCreated"|"messagePosted"|"userRegistered"|"userUpdated"|"userDeleted"|"deviceAdded"|"membersAdded"|"memberRemoved"|"conversationRenamed"|"memberRoleChanged"|"messagesDelivered"|"messagesRead"|"deviceRevoked"|"pushTokenSet"|"pushTokenRemoved"|"conversationMuteSet"|"messageEdited"|"messageDeleted"|"messageHidden"|"reactionAdded"|"reactionRemoved"|undefined} body
             * @memberof parley.v1.Event
             * @instance
             */
            $Object.defineProperty(Event.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["conversationCreated", "messagePosted", "userRegistered", "userUpdated", "userDeleted", "deviceAdded", "membersAdded", "memberRemoved", "conversationRenamed", "memberRoleChanged", "messagesDelivered", "messagesRead", "deviceRevoked", "pushTokenSet", "pushTokenRemoved", "conversationMuteSet", "messageEdited", "messageDeleted", "messageHidden", "reactionAdded", "reactionRemoved"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof parley.v1.Event
             * @static
             * @param {parley.v1.Event.$Properties=} [properties] Properties to set
             * @returns {parley.v1.Event} Event instance
             * @type {{
             *   (properties: parley.v1.Event.$Shape): parley.v1.Event & parley.v1.Event.$Shape;
             *   (properties?: parley.v1.Event.$Properties): parley.v1.Event;
             * }}
             */
            Event.create = function(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link parley.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.Event
             * @static
             * @param {parley.v1.Event.$Properties} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationCreated != null && $Object.hasOwnProperty.call(message, "conversationCreated"))
                    $root.parley.v1.ConversationCreated.encode(message.conversationCreated, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.messagePosted != null && $Object.hasOwnProperty.call(message, "messagePosted"))
                    $root.parley.v1.MessagePosted.encode(message.messagePosted, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.userRegistered != null && $Object.hasOwnProperty.call(message, "userRegistered"))
                    $root.parley.v1.UserRegistered.encode(message.userRegistered, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.userUpdated != null && $Object.hasOwnProperty.call(message, "userUpdated"))
                    $root.parley.v1.UserUpdated.encode(message.userUpdated, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.userDeleted != null && $Object.hasOwnProperty.call(message, "userDeleted"))
                    $root.parley.v1.UserDeleted.encode(message.userDeleted, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.deviceAdded != null && $Object.hasOwnProperty.call(message, "deviceAdded"))
                    $root.parley.v1.DeviceAdded.encode(message.deviceAdded, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.membersAdded != null && $Object.hasOwnProperty.call(message, "membersAdded"))
                    $root.parley.v1.MembersAdded.encode(message.membersAdded, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.memberRemoved != null && $Object.hasOwnProperty.call(message, "memberRemoved"))
                    $root.parley.v1.MemberRemoved.encode(message.memberRemoved, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.conversationRenamed != null && $Object.hasOwnProperty.call(message, "conversationRenamed"))
                    $root.parley.v1.ConversationRenamed.encode(message.conversationRenamed, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.memberRoleChanged != null && $Object.hasOwnProperty.call(message, "memberRoleChanged"))
                    $root.parley.v1.MemberRoleChanged.encode(message.memberRoleChanged, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.messagesDelivered != null && $Object.hasOwnProperty.call(message, "messagesDelivered"))
                    $root.parley.v1.MessagesDelivered.encode(message.messagesDelivered, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.messagesRead != null && $Object.hasOwnProperty.call(message, "messagesRead"))
                    $root.parley.v1.MessagesRead.encode(message.messagesRead, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.deviceRevoked != null && $Object.hasOwnProperty.call(message, "deviceRevoked"))
                    $root.parley.v1.DeviceRevoked.encode(message.deviceRevoked, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.pushTokenSet != null && $Object.hasOwnProperty.call(message, "pushTokenSet"))
                    $root.parley.v1.PushTokenSet.encode(message.pushTokenSet, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.pushTokenRemoved != null && $Object.hasOwnProperty.call(message, "pushTokenRemoved"))
                    $root.parley.v1.PushTokenRemoved.encode(message.pushTokenRemoved, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.conversationMuteSet != null && $Object.hasOwnProperty.call(message, "conversationMuteSet"))
                    $root.parley.v1.ConversationMuteSet.encode(message.conversationMuteSet, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.messageEdited != null && $Object.hasOwnProperty.call(message, "messageEdited"))
                    $root.parley.v1.MessageEdited.encode(message.messageEdited, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.messageDeleted != null && $Object.hasOwnProperty.call(message, "messageDeleted"))
                    $root.parley.v1.MessageDeleted.encode(message.messageDeleted, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.messageHidden != null && $Object.hasOwnProperty.call(message, "messageHidden"))
                    $root.parley.v1.MessageHidden.encode(message.messageHidden, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.reactionAdded != null && $Object.hasOwnProperty.call(message, "reactionAdded"))
                    $root.parley.v1.ReactionAdded.encode(message.reactionAdded, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
                if (message.reactionRemoved != null && $Object.hasOwnProperty.call(message, "reactionRemoved"))
                    $root.parley.v1.ReactionRemoved.encode(message.reactionRemoved, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link parley.v1.Event.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.Event
             * @static
             * @param {parley.v1.Event.$Properties} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.Event & parley.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.conversationCreated = $root.parley.v1.ConversationCreated.decode(reader, reader.size(), $undefined, _depth + 1, message.conversationCreated);
                            message.body = "conversationCreated";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.messagePosted = $root.parley.v1.MessagePosted.decode(reader, reader.size(), $undefined, _depth + 1, message.messagePosted);
                            message.body = "messagePosted";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.userRegistered = $root.parley.v1.UserRegistered.decode(reader, reader.size(), $undefined, _depth + 1, message.userRegistered);
                            message.body = "userRegistered";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.userUpdated = $root.parley.v1.UserUpdated.decode(reader, reader.size(), $undefined, _depth + 1, message.userUpdated);
                            message.body = "userUpdated";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.userDeleted = $root.parley.v1.UserDeleted.decode(reader, reader.size(), $undefined, _depth + 1, message.userDeleted);
                            message.body = "userDeleted";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.deviceAdded = $root.parley.v1.DeviceAdded.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceAdded);
                            message.body = "deviceAdded";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.membersAdded = $root.parley.v1.MembersAdded.decode(reader, reader.size(), $undefined, _depth + 1, message.membersAdded);
                            message.body = "membersAdded";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.memberRemoved = $root.parley.v1.MemberRemoved.decode(reader, reader.size(), $undefined, _depth + 1, message.memberRemoved);
                            message.body = "memberRemoved";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.conversationRenamed = $root.parley.v1.ConversationRenamed.decode(reader, reader.size(), $undefined, _depth + 1, message.conversationRenamed);
                            message.body = "conversationRenamed";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.memberRoleChanged = $root.parley.v1.MemberRoleChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.memberRoleChanged);
                            message.body = "memberRoleChanged";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.messagesDelivered = $root.parley.v1.MessagesDelivered.decode(reader, reader.size(), $undefined, _depth + 1, message.messagesDelivered);
                            message.body = "messagesDelivered";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.messagesRead = $root.parley.v1.MessagesRead.decode(reader, reader.size(), $undefined, _depth + 1, message.messagesRead);
                            message.body = "messagesRead";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.deviceRevoked = $root.parley.v1.DeviceRevoked.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceRevoked);
                            message.body = "deviceRevoked";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.pushTokenSet = $root.parley.v1.PushTokenSet.decode(reader, reader.size(), $undefined, _depth + 1, message.pushTokenSet);
                            message.body = "pushTokenSet";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.pushTokenRemoved = $root.parley.v1.PushTokenRemoved.decode(reader, reader.size(), $undefined, _depth + 1, message.pushTokenRemoved);
                            message.body = "pushTokenRemoved";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.conversationMuteSet = $root.parley.v1.ConversationMuteSet.decode(reader, reader.size(), $undefined, _depth + 1, message.conversationMuteSet);
                            message.body = "conversationMuteSet";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.messageEdited = $root.parley.v1.MessageEdited.decode(reader, reader.size(), $undefined, _depth + 1, message.messageEdited);
                            message.body = "messageEdited";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.messageDeleted = $root.parley.v1.MessageDeleted.decode(reader, reader.size(), $undefined, _depth + 1, message.messageDeleted);
                            message.body = "messageDeleted";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.messageHidden = $root.parley.v1.MessageHidden.decode(reader, reader.size(), $undefined, _depth + 1, message.messageHidden);
                            message.body = "messageHidden";
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.reactionAdded = $root.parley.v1.ReactionAdded.decode(reader, reader.size(), $undefined, _depth + 1, message.reactionAdded);
                            message.body = "reactionAdded";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.reactionRemoved = $root.parley.v1.ReactionRemoved.decode(reader, reader.size(), $undefined, _depth + 1, message.reactionRemoved);
                            message.body = "reactionRemoved";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.Event & parley.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Event message.
             * @function verify
             * @memberof parley.v1.Event
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Event.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.conversationCreated != null && $Object.hasOwnProperty.call(message, "conversationCreated")) {
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.ConversationCreated.verify(message.conversationCreated, _depth + 1);
                        if (error)
                            return "conversationCreated." + error;
                    }
                }
                if (message.messagePosted != null && $Object.hasOwnProperty.call(message, "messagePosted")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.MessagePosted.verify(message.messagePosted, _depth + 1);
                        if (error)
                            return "messagePosted." + error;
                    }
                }
                if (message.userRegistered != null && $Object.hasOwnProperty.call(message, "userRegistered")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.UserRegistered.verify(message.userRegistered, _depth + 1);
                        if (error)
                            return "userRegistered." + error;
                    }
                }
                if (message.userUpdated != null && $Object.hasOwnProperty.call(message, "userUpdated")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.UserUpdated.verify(message.userUpdated, _depth + 1);
                        if (error)
                            return "userUpdated." + error;
                    }
                }
                if (message.userDeleted != null && $Object.hasOwnProperty.call(message, "userDeleted")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.UserDeleted.verify(message.userDeleted, _depth + 1);
                        if (error)
                            return "userDeleted." + error;
                    }
                }
                if (message.deviceAdded != null && $Object.hasOwnProperty.call(message, "deviceAdded")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.DeviceAdded.verify(message.deviceAdded, _depth + 1);
                        if (error)
                            return "deviceAdded." + error;
                    }
                }
                if (message.membersAdded != null && $Object.hasOwnProperty.call(message, "membersAdded")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.MembersAdded.verify(message.membersAdded, _depth + 1);
                        if (error)
                            return "membersAdded." + error;
                    }
                }
                if (message.memberRemoved != null && $Object.hasOwnProperty.call(message, "memberRemoved")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.MemberRemoved.verify(message.memberRemoved, _depth + 1);
                        if (error)
                            return "memberRemoved." + error;
                    }
                }
                if (message.conversationRenamed != null && $Object.hasOwnProperty.call(message, "conversationRenamed")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.ConversationRenamed.verify(message.conversationRenamed, _depth + 1);
                        if (error)
                            return "conversationRenamed." + error;
                    }
                }
                if (message.memberRoleChanged != null && $Object.hasOwnProperty.call(message, "memberRoleChanged")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.MemberRoleChanged.verify(message.memberRoleChanged, _depth + 1);
                        if (error)
                            return "memberRoleChanged." + error;
                    }
                }
                if (message.messagesDelivered != null && $Object.hasOwnProperty.call(message, "messagesDelivered")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.MessagesDelivered.verify(message.messagesDelivered, _depth + 1);
                        if (error)
                            return "messagesDelivered." + error;
                    }
                }
                if (message.messagesRead != null && $Object.hasOwnProperty.call(message, "messagesRead")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.MessagesRead.verify(message.messagesRead, _depth + 1);
                        if (error)
                            return "messagesRead." + error;
                    }
                }
                if (message.deviceRevoked != null && $Object.hasOwnProperty.call(message, "deviceRevoked")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.DeviceRevoked.verify(message.deviceRevoked, _depth + 1);
                        if (error)
                            return "deviceRevoked." + error;
                    }
                }
                if (message.pushTokenSet != null && $Object.hasOwnProperty.call(message, "pushTokenSet")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.PushTokenSet.verify(message.pushTokenSet, _depth + 1);
                        if (error)
                            return "pushTokenSet." + error;
                    }
                }
                if (message.pushTokenRemoved != null && $Object.hasOwnProperty.call(message, "pushTokenRemoved")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.PushTokenRemoved.verify(message.pushTokenRemoved, _depth + 1);
                        if (error)
                            return "pushTokenRemoved." + error;
                    }
                }
                if (message.conversationMuteSet != null && $Object.hasOwnProperty.call(message, "conversationMuteSet")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.ConversationMuteSet.verify(message.conversationMuteSet, _depth + 1);
                        if (error)
                            return "conversationMuteSet." + error;
                    }
                }
                if (message.messageEdited != null && $Object.hasOwnProperty.call(message, "messageEdited")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.MessageEdited.verify(message.messageEdited, _depth + 1);
                        if (error)
                            return "messageEdited." + error;
                    }
                }
                if (message.messageDeleted != null && $Object.hasOwnProperty.call(message, "messageDeleted")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.MessageDeleted.verify(message.messageDeleted, _depth + 1);
                        if (error)
                            return "messageDeleted." + error;
                    }
                }
                if (message.messageHidden != null && $Object.hasOwnProperty.call(message, "messageHidden")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.MessageHidden.verify(message.messageHidden, _depth + 1);
                        if (error)
                            return "messageHidden." + error;
                    }
                }
                if (message.reactionAdded != null && $Object.hasOwnProperty.call(message, "reactionAdded")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.ReactionAdded.verify(message.reactionAdded, _depth + 1);
                        if (error)
                            return "reactionAdded." + error;
                    }
                }
                if (message.reactionRemoved != null && $Object.hasOwnProperty.call(message, "reactionRemoved")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.ReactionRemoved.verify(message.reactionRemoved, _depth + 1);
                        if (error)
                            return "reactionRemoved." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.Event
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.Event} Event
             */
            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Event();
                if (object.conversationCreated != null) {
                    if (!$util.isObject(object.conversationCreated))
                        throw $TypeError(".parley.v1.Event.conversationCreated: object expected");
                    message.conversationCreated = $root.parley.v1.ConversationCreated.fromObject(object.conversationCreated, _depth + 1);
                }
                if (object.messagePosted != null) {
                    if (!$util.isObject(object.messagePosted))
                        throw $TypeError(".parley.v1.Event.messagePosted: object expected");
                    message.messagePosted = $root.parley.v1.MessagePosted.fromObject(object.messagePosted, _depth + 1);
                }
                if (object.userRegistered != null) {
                    if (!$util.isObject(object.userRegistered))
                        throw $TypeError(".parley.v1.Event.userRegistered: object expected");
                    message.userRegistered = $root.parley.v1.UserRegistered.fromObject(object.userRegistered, _depth + 1);
                }
                if (object.userUpdated != null) {
                    if (!$util.isObject(object.userUpdated))
                        throw $TypeError(".parley.v1.Event.userUpdated: object expected");
                    message.userUpdated = $root.parley.v1.UserUpdated.fromObject(object.userUpdated, _depth + 1);
                }
                if (object.userDeleted != null) {
                    if (!$util.isObject(object.userDeleted))
                        throw $TypeError(".parley.v1.Event.userDeleted: object expected");
                    message.userDeleted = $root.parley.v1.UserDeleted.fromObject(object.userDeleted, _depth + 1);
                }
                if (object.deviceAdded != null) {
                    if (!$util.isObject(object.deviceAdded))
                        throw $TypeError(".parley.v1.Event.deviceAdded: object expected");
                    message.deviceAdded = $root.parley.v1.DeviceAdded.fromObject(object.deviceAdded, _depth + 1);
                }
                if (object.membersAdded != null) {
                    if (!$util.isObject(object.membersAdded))
                        throw $TypeError(".parley.v1.Event.membersAdded: object expected");
                    message.membersAdded = $root.parley.v1.MembersAdded.fromObject(object.membersAdded, _depth + 1);
                }
                if (object.memberRemoved != null) {
                    if (!$util.isObject(object.memberRemoved))
                        throw $TypeError(".parley.v1.Event.memberRemoved: object expected");
                    message.memberRemoved = $root.parley.v1.MemberRemoved.fromObject(object.memberRemoved, _depth + 1);
                }
                if (object.conversationRenamed != null) {
                    if (!$util.isObject(object.conversationRenamed))
                        throw $TypeError(".parley.v1.Event.conversationRenamed: object expected");
                    message.conversationRenamed = $root.parley.v1.ConversationRenamed.fromObject(object.conversationRenamed, _depth + 1);
                }
                if (object.memberRoleChanged != null) {
                    if (!$util.isObject(object.memberRoleChanged))
                        throw $TypeError(".parley.v1.Event.memberRoleChanged: object expected");
                    message.memberRoleChanged = $root.parley.v1.MemberRoleChanged.fromObject(object.memberRoleChanged, _depth + 1);
                }
                if (object.messagesDelivered != null) {
                    if (!$util.isObject(object.messagesDelivered))
                        throw $TypeError(".parley.v1.Event.messagesDelivered: object expected");
                    message.messagesDelivered = $root.parley.v1.MessagesDelivered.fromObject(object.messagesDelivered, _depth + 1);
                }
                if (object.messagesRead != null) {
                    if (!$util.isObject(object.messagesRead))
                        throw $TypeError(".parley.v1.Event.messagesRead: object expected");
                    message.messagesRead = $root.parley.v1.MessagesRead.fromObject(object.messagesRead, _depth + 1);
                }
                if (object.deviceRevoked != null) {
                    if (!$util.isObject(object.deviceRevoked))
                        throw $TypeError(".parley.v1.Event.deviceRevoked: object expected");
                    message.deviceRevoked = $root.parley.v1.DeviceRevoked.fromObject(object.deviceRevoked, _depth + 1);
                }
                if (object.pushTokenSet != null) {
                    if (!$util.isObject(object.pushTokenSet))
                        throw $TypeError(".parley.v1.Event.pushTokenSet: object expected");
                    message.pushTokenSet = $root.parley.v1.PushTokenSet.fromObject(object.pushTokenSet, _depth + 1);
                }
                if (object.pushTokenRemoved != null) {
                    if (!$util.isObject(object.pushTokenRemoved))
                        throw $TypeError(".parley.v1.Event.pushTokenRemoved: object expected");
                    message.pushTokenRemoved = $root.parley.v1.PushTokenRemoved.fromObject(object.pushTokenRemoved, _depth + 1);
                }
                if (object.conversationMuteSet != null) {
                    if (!$util.isObject(object.conversationMuteSet))
                        throw $TypeError(".parley.v1.Event.conversationMuteSet: object expected");
                    message.conversationMuteSet = $root.parley.v1.ConversationMuteSet.fromObject(object.conversationMuteSet, _depth + 1);
                }
                if (object.messageEdited != null) {
                    if (!$util.isObject(object.messageEdited))
                        throw $TypeError(".parley.v1.Event.messageEdited: object expected");
                    message.messageEdited = $root.parley.v1.MessageEdited.fromObject(object.messageEdited, _depth + 1);
                }
                if (object.messageDeleted != null) {
                    if (!$util.isObject(object.messageDeleted))
                        throw $TypeError(".parley.v1.Event.messageDeleted: object expected");
                    message.messageDeleted = $root.parley.v1.MessageDeleted.fromObject(object.messageDeleted, _depth + 1);
                }
                if (object.messageHidden != null) {
                    if (!$util.isObject(object.messageHidden))
                        throw $TypeError(".parley.v1.Event.messageHidden: object expected");
                    message.messageHidden = $root.parley.v1.MessageHidden.fromObject(object.messageHidden, _depth + 1);
                }
                if (object.reactionAdded != null) {
                    if (!$util.isObject(object.reactionAdded))
                        throw $TypeError(".parley.v1.Event.reactionAdded: object expected");
                    message.reactionAdded = $root.parley.v1.ReactionAdded.fromObject(object.reactionAdded, _depth + 1);
                }
                if (object.reactionRemoved != null) {
                    if (!$util.isObject(object.reactionRemoved))
                        throw $TypeError(".parley.v1.Event.reactionRemoved: object expected");
                    message.reactionRemoved = $root.parley.v1.ReactionRemoved.fromObject(object.reactionRemoved, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.Event
             * @static
             * @param {parley.v1.Event} message Event
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.conversationCreated != null && $Object.hasOwnProperty.call(message, "conversationCreated")) {
                    object.conversationCreated = $root.parley.v1.ConversationCreated.toObject(message.conversationCreated, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "conversationCreated";
                }
                if (message.messagePosted != null && $Object.hasOwnProperty.call(message, "messagePosted")) {
                    object.messagePosted = $root.parley.v1.MessagePosted.toObject(message.messagePosted, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "messagePosted";
                }
                if (message.userRegistered != null && $Object.hasOwnProperty.call(message, "userRegistered")) {
                    object.userRegistered = $root.parley.v1.UserRegistered.toObject(message.userRegistered, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "userRegistered";
                }
                if (message.userUpdated != null && $Object.hasOwnProperty.call(message, "userUpdated")) {
                    object.userUpdated = $root.parley.v1.UserUpdated.toObject(message.userUpdated, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "userUpdated";
                }
                if (message.userDeleted != null && $Object.hasOwnProperty.call(message, "userDeleted")) {
                    object.userDeleted = $root.parley.v1.UserDeleted.toObject(message.userDeleted, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "userDeleted";
                }
                if (message.deviceAdded != null && $Object.hasOwnProperty.call(message, "deviceAdded")) {
                    object.deviceAdded = $root.parley.v1.DeviceAdded.toObject(message.deviceAdded, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "deviceAdded";
                }
                if (message.membersAdded != null && $Object.hasOwnProperty.call(message, "membersAdded")) {
                    object.membersAdded = $root.parley.v1.MembersAdded.toObject(message.membersAdded, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "membersAdded";
                }
                if (message.memberRemoved != null && $Object.hasOwnProperty.call(message, "memberRemoved")) {
                    object.memberRemoved = $root.parley.v1.MemberRemoved.toObject(message.memberRemoved, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "memberRemoved";
                }
                if (message.conversationRenamed != null && $Object.hasOwnProperty.call(message, "conversationRenamed")) {
                    object.conversationRenamed = $root.parley.v1.ConversationRenamed.toObject(message.conversationRenamed, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "conversationRenamed";
                }
                if (message.memberRoleChanged != null && $Object.hasOwnProperty.call(message, "memberRoleChanged")) {
                    object.memberRoleChanged = $root.parley.v1.MemberRoleChanged.toObject(message.memberRoleChanged, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "memberRoleChanged";
                }
                if (message.messagesDelivered != null && $Object.hasOwnProperty.call(message, "messagesDelivered")) {
                    object.messagesDelivered = $root.parley.v1.MessagesDelivered.toObject(message.messagesDelivered, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "messagesDelivered";
                }
                if (message.messagesRead != null && $Object.hasOwnProperty.call(message, "messagesRead")) {
                    object.messagesRead = $root.parley.v1.MessagesRead.toObject(message.messagesRead, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "messagesRead";
                }
                if (message.deviceRevoked != null && $Object.hasOwnProperty.call(message, "deviceRevoked")) {
                    object.deviceRevoked = $root.parley.v1.DeviceRevoked.toObject(message.deviceRevoked, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "deviceRevoked";
                }
                if (message.pushTokenSet != null && $Object.hasOwnProperty.call(message, "pushTokenSet")) {
                    object.pushTokenSet = $root.parley.v1.PushTokenSet.toObject(message.pushTokenSet, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "pushTokenSet";
                }
                if (message.pushTokenRemoved != null && $Object.hasOwnProperty.call(message, "pushTokenRemoved")) {
                    object.pushTokenRemoved = $root.parley.v1.PushTokenRemoved.toObject(message.pushTokenRemoved, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "pushTokenRemoved";
                }
                if (message.conversationMuteSet != null && $Object.hasOwnProperty.call(message, "conversationMuteSet")) {
                    object.conversationMuteSet = $root.parley.v1.ConversationMuteSet.toObject(message.conversationMuteSet, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "conversationMuteSet";
                }
                if (message.messageEdited != null && $Object.hasOwnProperty.call(message, "messageEdited")) {
                    object.messageEdited = $root.parley.v1.MessageEdited.toObject(message.messageEdited, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "messageEdited";
                }
                if (message.messageDeleted != null && $Object.hasOwnProperty.call(message, "messageDeleted")) {
                    object.messageDeleted = $root.parley.v1.MessageDeleted.toObject(message.messageDeleted, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "messageDeleted";
                }
                if (message.messageHidden != null && $Object.hasOwnProperty.call(message, "messageHidden")) {
                    object.messageHidden = $root.parley.v1.MessageHidden.toObject(message.messageHidden, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "messageHidden";
                }
                if (message.reactionAdded != null && $Object.hasOwnProperty.call(message, "reactionAdded")) {
                    object.reactionAdded = $root.parley.v1.ReactionAdded.toObject(message.reactionAdded, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "reactionAdded";
                }
                if (message.reactionRemoved != null && $Object.hasOwnProperty.call(message, "reactionRemoved")) {
                    object.reactionRemoved = $root.parley.v1.ReactionRemoved.toObject(message.reactionRemoved, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "reactionRemoved";
                }
                return object;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof parley.v1.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Event
             * @function getTypeUrl
             * @memberof parley.v1.Event
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Event";
            };

            return Event;
        })();

        v1.ClientFrame = (function() {

            /**
             * Properties of a ClientFrame.
             * @typedef {Object} parley.v1.ClientFrame.$Properties
             * @property {number|null} [id] ClientFrame id
             * @property {parley.v1.Send.$Properties|null} [send] ClientFrame send
             * @property {parley.v1.Ack.$Properties|null} [ack] ClientFrame ack
             * @property {parley.v1.MarkRead.$Properties|null} [markRead] ClientFrame markRead
             * @property {parley.v1.Typing.$Properties|null} [typing] ClientFrame typing
             * @property {parley.v1.Heartbeat.$Properties|null} [heartbeat] ClientFrame heartbeat
             * @property {parley.v1.Auth.$Properties|null} [auth] ClientFrame auth
             * @property {parley.v1.EditMessage.$Properties|null} [editMessage] ClientFrame editMessage
             * @property {parley.v1.DeleteMessage.$Properties|null} [deleteMessage] ClientFrame deleteMessage
             * @property {parley.v1.React.$Properties|null} [react] ClientFrame react
             * @property {"send"|"ack"|"markRead"|"typing"|"heartbeat"|"auth"|"editMessage"|"deleteMessage"|"react"} [body] ClientFrame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientFrame.
             * @memberof parley.v1
             * @interface IClientFrame
             * @augments parley.v1.ClientFrame.$Properties
             * @deprecated Use parley.v1.ClientFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientFrame.
             * @typedef {{
             *   id?: number|null;
             *   send?: parley.v1.Send.$Shape|null;
             *   ack?: parley.v1.Ack.$Shape|null;
             *   markRead?: parley.v1.MarkRead.$Shape|null;
             *   typing?: parley.v1.Typing.$Shape|null;
             *   heartbeat?: parley.v1.Heartbeat.$Shape|null;
             *   auth?: parley.v1.Auth.$Shape|null;
             *   editMessage?: parley.v1.EditMessage.$Shape|null;
             *   deleteMessage?: parley.v1.DeleteMessage.$Shape|null;
             *   react?: parley.v1.React.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; send?: null; ack?: null; markRead?: null; typing?: null; heartbeat?: null; auth?: null; editMessage?: null; deleteMessage?: null; react?: null }|{ body?: "send"; send: parley.v1.Send.$Shape; ack?: null; markRead?: null; typing?: null; heartbeat?: null; auth?: null; editMessage?: null; deleteMessage?: null; react?: null }|{ body?: "ack"; send?: null; ack: parley.v1.Ack.$Shape; markRead?: null; typing?: null; heartbeat?: null; auth?: null; editMessage?: null; deleteMessage?: null; react?: null }|{ body?: "markRead"; send?: null; ack?: null; markRead: parley.v1.MarkRead.$Shape; typing?: null; heartbeat?: null; auth?: null; editMessage?: null; deleteMessage?: null; react?: null }|{ body?: "typing"; send?: null; ack?: null; markRead?: null; typing: parley.v1.Typing.$Shape; heartbeat?: null; auth?: null; editMessage?: null; deleteMessage?: null; react?: null }|{ body?: "heartbeat"; send?: null; ack?: null; markRead?: null; typing?: null; heartbeat: parley.v1.Heartbeat.$Shape; auth?: null; editMessage?: null; deleteMessage?: null; react?: null }|{ body?: "auth"; send?: null; ack?: null; markRead?: null; typing?: null; heartbeat?: null; auth: parley.v1.Auth.$Shape; editMessage?: null; deleteMessage?: null; react?: null }|{ body?: "editMessage"; send?: null; ack?: null; markRead?: null; typing?: null; heartbeat?: null; auth?: null; editMessage: parley.v1.EditMessage.$Shape; deleteMessage?: null; react?: null }|{ body?: "deleteMessage"; send?: null; ack?: null; markRead?: null; typing?: null; heartbeat?: null; auth?: null; editMessage?: null; deleteMessage: parley.v1.DeleteMessage.$Shape; react?: null }|{ body?: "react"; send?: null; ack?: null; markRead?: null; typing?: null; heartbeat?: null; auth?: null; editMessage?: null; deleteMessage?: null; react: parley.v1.React.$Shape })
             * )} parley.v1.ClientFrame.$Shape
             */

            /**
             * Constructs a new ClientFrame.
             * @memberof parley.v1
             * @classdesc Represents a ClientFrame.
             * @constructor
             * @param {parley.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientFrame id.
             * @member {number} id
             * @memberof parley.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.id = 0;

            /**
             * ClientFrame send.
             * @member {parley.v1.Send.$Properties|null|undefined} send
             * @memberof parley.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.send = null;

            /**
             * ClientFrame ack.
             * @member {parley.v1.Ack.$Properties|null|undefined} ack
             * @memberof parley.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.ack = null;

            /**
             * ClientFrame markRead.
             * @member {parley.v1.MarkRead.$Properties|null|undefined} markRead
             * @memberof parley.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.markRead = null;

            /**
             * ClientFrame typing.
             * @member {parley.v1.Typing.$Properties|null|undefined} typing
             * @memberof parley.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.typing = null;

            /**
             * ClientFrame heartbeat.
             * @member {parley.v1.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof parley.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.heartbeat = null;

            /**
             * ClientFrame auth.
             * @member {parley.v1.Auth.$Properties|null|undefined} auth
             * @memberof parley.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.auth = null;

            /**
             * ClientFrame editMessage.
             * @member {parley.v1.EditMessage.$Properties|null|undefined} editMessage
             * @memberof parley.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.editMessage = null;

            /**
             * ClientFrame deleteMessage.
             * @member {parley.v1.DeleteMessage.$Properties|null|undefined} deleteMessage
             * @memberof parley.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.deleteMessage = null;

            /**
             * ClientFrame react.
             * @member {parley.v1.React.$Properties|null|undefined} react
             * @memberof parley.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.react = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientFrame body.
             * @member {"send"|"ack"|"markRead"|"typing"|"heartbeat"|"auth"|"editMessage"|"deleteMessage"|"react"|undefined} body
             * @memberof parley.v1.ClientFrame
             * @instance
             */
            $Object.defineProperty(ClientFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["send", "ack", "markRead", "typing", "heartbeat", "auth", "editMessage", "deleteMessage", "react"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @function create
             * @memberof parley.v1.ClientFrame
             * @static
             * @param {parley.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @returns {parley.v1.ClientFrame} ClientFrame instance
             * @type {{
             *   (properties: parley.v1.ClientFrame.$Shape): parley.v1.ClientFrame & parley.v1.ClientFrame.$Shape;
             *   (properties?: parley.v1.ClientFrame.$Properties): parley.v1.ClientFrame;
             * }}
             */
            ClientFrame.create = function(properties) {
                return new ClientFrame(properties);
            };

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link parley.v1.ClientFrame.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.ClientFrame
             * @static
             * @param {parley.v1.ClientFrame.$Properties} message ClientFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.send != null && $Object.hasOwnProperty.call(message, "send"))
                    $root.parley.v1.Send.encode(message.send, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.parley.v1.Ack.encode(message.ack, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.markRead != null && $Object.hasOwnProperty.call(message, "markRead"))
                    $root.parley.v1.MarkRead.encode(message.markRead, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing"))
                    $root.parley.v1.Typing.encode(message.typing, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.parley.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.auth != null && $Object.hasOwnProperty.call(message, "auth"))
                    $root.parley.v1.Auth.encode(message.auth, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.editMessage != null && $Object.hasOwnProperty.call(message, "editMessage"))
                    $root.parley.v1.EditMessage.encode(message.editMessage, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.deleteMessage != null && $Object.hasOwnProperty.call(message, "deleteMessage"))
                    $root.parley.v1.DeleteMessage.encode(message.deleteMessage, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.react != null && $Object.hasOwnProperty.call(message, "react"))
                    $root.parley.v1.React.encode(message.react, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ClientFrame message, length delimited. Does not implicitly {@link parley.v1.ClientFrame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.ClientFrame
             * @static
             * @param {parley.v1.ClientFrame.$Properties} message ClientFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientFrame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.ClientFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.ClientFrame & parley.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.ClientFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.send = $root.parley.v1.Send.decode(reader, reader.size(), $undefined, _depth + 1, message.send);
                            message.body = "send";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.parley.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.body = "ack";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.markRead = $root.parley.v1.MarkRead.decode(reader, reader.size(), $undefined, _depth + 1, message.markRead);
                            message.body = "markRead";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.typing = $root.parley.v1.Typing.decode(reader, reader.size(), $undefined, _depth + 1, message.typing);
                            message.body = "typing";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.parley.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.body = "heartbeat";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.auth = $root.parley.v1.Auth.decode(reader, reader.size(), $undefined, _depth + 1, message.auth);
                            message.body = "auth";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.editMessage = $root.parley.v1.EditMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.editMessage);
                            message.body = "editMessage";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.deleteMessage = $root.parley.v1.DeleteMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.deleteMessage);
                            message.body = "deleteMessage";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.react = $root.parley.v1.React.decode(reader, reader.size(), $undefined, _depth + 1, message.react);
                            message.body = "react";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ClientFrame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.ClientFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.ClientFrame & parley.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientFrame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClientFrame message.
             * @function verify
             * @memberof parley.v1.ClientFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClientFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.send != null && $Object.hasOwnProperty.call(message, "send")) {
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.Send.verify(message.send, _depth + 1);
                        if (error)
                            return "send." + error;
                    }
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.Ack.verify(message.ack, _depth + 1);
                        if (error)
                            return "ack." + error;
                    }
                }
                if (message.markRead != null && $Object.hasOwnProperty.call(message, "markRead")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.MarkRead.verify(message.markRead, _depth + 1);
                        if (error)
                            return "markRead." + error;
                    }
                }
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.Typing.verify(message.typing, _depth + 1);
                        if (error)
                            return "typing." + error;
                    }
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.Heartbeat.verify(message.heartbeat, _depth + 1);
                        if (error)
                            return "heartbeat." + error;
                    }
                }
                if (message.auth != null && $Object.hasOwnProperty.call(message, "auth")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.Auth.verify(message.auth, _depth + 1);
                        if (error)
                            return "auth." + error;
                    }
                }
                if (message.editMessage != null && $Object.hasOwnProperty.call(message, "editMessage")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.EditMessage.verify(message.editMessage, _depth + 1);
                        if (error)
                            return "editMessage." + error;
                    }
                }
                if (message.deleteMessage != null && $Object.hasOwnProperty.call(message, "deleteMessage")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.DeleteMessage.verify(message.deleteMessage, _depth + 1);
                        if (error)
                            return "deleteMessage." + error;
                    }
                }
                if (message.react != null && $Object.hasOwnProperty.call(message, "react")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.React.verify(message.react, _depth + 1);
                        if (error)
                            return "react." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ClientFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.ClientFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.ClientFrame} ClientFrame
             */
            ClientFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.ClientFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.ClientFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.ClientFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.send != null) {
                    if (!$util.isObject(object.send))
                        throw $TypeError(".parley.v1.ClientFrame.send: object expected");
                    message.send = $root.parley.v1.Send.fromObject(object.send, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".parley.v1.ClientFrame.ack: object expected");
                    message.ack = $root.parley.v1.Ack.fromObject(object.ack, _depth + 1);
                }
                if (object.markRead != null) {
                    if (!$util.isObject(object.markRead))
                        throw $TypeError(".parley.v1.ClientFrame.markRead: object expected");
                    message.markRead = $root.parley.v1.MarkRead.fromObject(object.markRead, _depth + 1);
                }
                if (object.typing != null) {
                    if (!$util.isObject(object.typing))
                        throw $TypeError(".parley.v1.ClientFrame.typing: object expected");
                    message.typing = $root.parley.v1.Typing.fromObject(object.typing, _depth + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw $TypeError(".parley.v1.ClientFrame.heartbeat: object expected");
                    message.heartbeat = $root.parley.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                }
                if (object.auth != null) {
                    if (!$util.isObject(object.auth))
                        throw $TypeError(".parley.v1.ClientFrame.auth: object expected");
                    message.auth = $root.parley.v1.Auth.fromObject(object.auth, _depth + 1);
                }
                if (object.editMessage != null) {
                    if (!$util.isObject(object.editMessage))
                        throw $TypeError(".parley.v1.ClientFrame.editMessage: object expected");
                    message.editMessage = $root.parley.v1.EditMessage.fromObject(object.editMessage, _depth + 1);
                }
                if (object.deleteMessage != null) {
                    if (!$util.isObject(object.deleteMessage))
                        throw $TypeError(".parley.v1.ClientFrame.deleteMessage: object expected");
                    message.deleteMessage = $root.parley.v1.DeleteMessage.fromObject(object.deleteMessage, _depth + 1);
                }
                if (object.react != null) {
                    if (!$util.isObject(object.react))
                        throw $TypeError(".parley.v1.ClientFrame.react: object expected");
                    message.react = $root.parley.v1.React.fromObject(object.react, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ClientFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.ClientFrame
             * @static
             * @param {parley.v1.ClientFrame} message ClientFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.id = 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.send != null && $Object.hasOwnProperty.call(message, "send")) {
                    object.send = $root.parley.v1.Send.toObject(message.send, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "send";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.parley.v1.Ack.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ack";
                }
                if (message.markRead != null && $Object.hasOwnProperty.call(message, "markRead")) {
                    object.markRead = $root.parley.v1.MarkRead.toObject(message.markRead, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "markRead";
                }
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing")) {
                    object.typing = $root.parley.v1.Typing.toObject(message.typing, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "typing";
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.parley.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "heartbeat";
                }
                if (message.auth != null && $Object.hasOwnProperty.call(message, "auth")) {
                    object.auth = $root.parley.v1.Auth.toObject(message.auth, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "auth";
                }
                if (message.editMessage != null && $Object.hasOwnProperty.call(message, "editMessage")) {
                    object.editMessage = $root.parley.v1.EditMessage.toObject(message.editMessage, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "editMessage";
                }
                if (message.deleteMessage != null && $Object.hasOwnProperty.call(message, "deleteMessage")) {
                    object.deleteMessage = $root.parley.v1.DeleteMessage.toObject(message.deleteMessage, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "deleteMessage";
                }
                if (message.react != null && $Object.hasOwnProperty.call(message, "react")) {
                    object.react = $root.parley.v1.React.toObject(message.react, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "react";
                }
                return object;
            };

            /**
             * Converts this ClientFrame to JSON.
             * @function toJSON
             * @memberof parley.v1.ClientFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientFrame.prototype.toJSON = function() {
                return ClientFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientFrame
             * @function getTypeUrl
             * @memberof parley.v1.ClientFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.ClientFrame";
            };

            return ClientFrame;
        })();

        v1.ServerFrame = (function() {

            /**
             * Properties of a ServerFrame.
             * @typedef {Object} parley.v1.ServerFrame.$Properties
             * @property {number|null} [id] ServerFrame id
             * @property {parley.v1.Welcome.$Properties|null} [welcome] ServerFrame welcome
             * @property {parley.v1.Sent.$Properties|null} [sent] ServerFrame sent
             * @property {parley.v1.Deliver.$Properties|null} [deliver] ServerFrame deliver
             * @property {parley.v1.Presence.$Properties|null} [presence] ServerFrame presence
             * @property {parley.v1.Typing.$Properties|null} [typing] ServerFrame typing
             * @property {parley.v1.Error.$Properties|null} [error] ServerFrame error
             * @property {parley.v1.CaughtUp.$Properties|null} [caughtUp] ServerFrame caughtUp
             * @property {parley.v1.Resync.$Properties|null} [resync] ServerFrame resync
             * @property {parley.v1.Applied.$Properties|null} [applied] ServerFrame applied
             * @property {"welcome"|"sent"|"deliver"|"presence"|"typing"|"error"|"caughtUp"|"resync"|"applied"} [body] ServerFrame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServerFrame.
             * @memberof parley.v1
             * @interface IServerFrame
             * @augments parley.v1.ServerFrame.$Properties
             * @deprecated Use parley.v1.ServerFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ServerFrame.
             * @typedef {{
             *   id?: number|null;
             *   welcome?: parley.v1.Welcome.$Shape|null;
             *   sent?: parley.v1.Sent.$Shape|null;
             *   deliver?: parley.v1.Deliver.$Shape|null;
             *   presence?: parley.v1.Presence.$Shape|null;
             *   typing?: parley.v1.Typing.$Shape|null;
             *   error?: parley.v1.Error.$Shape|null;
             *   caughtUp?: parley.v1.CaughtUp.$Shape|null;
             *   resync?: parley.v1.Resync.$Shape|null;
             *   applied?: parley.v1.Applied.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; welcome?: null; sent?: null; deliver?: null; presence?: null; typing?: null; error?: null; caughtUp?: null; resync?: null; applied?: null }|{ body?: "welcome"; welcome: parley.v1.Welcome.$Shape; sent?: null; deliver?: null; presence?: null; typing?: null; error?: null; caughtUp?: null; resync?: null; applied?: null }|{ body?: "sent"; welcome?: null; sent: parley.v1.Sent.$Shape; deliver?: null; presence?: null; typing?: null; error?: null; caughtUp?: null; resync?: null; applied?: null }|{ body?: "deliver"; welcome?: null; sent?: null; deliver: parley.v1.Deliver.$Shape; presence?: null; typing?: null; error?: null; caughtUp?: null; resync?: null; applied?: null }|{ body?: "presence"; welcome?: null; sent?: null; deliver?: null; presence: parley.v1.Presence.$Shape; typing?: null; error?: null; caughtUp?: null; resync?: null; applied?: null }|{ body?: "typing"; welcome?: null; sent?: null; deliver?: null; presence?: null; typing: parley.v1.Typing.$Shape; error?: null; caughtUp?: null; resync?: null; applied?: null }|{ body?: "error"; welcome?: null; sent?: null; deliver?: null; presence?: null; typing?: null; error: parley.v1.Error.$Shape; caughtUp?: null; resync?: null; applied?: null }|{ body?: "caughtUp"; welcome?: null; sent?: null; deliver?: null; presence?: null; typing?: null; error?: null; caughtUp: parley.v1.CaughtUp.$Shape; resync?: null; applied?: null }|{ body?: "resync"; welcome?: null; sent?: null; deliver?: null; presence?: null; typing?: null; error?: null; caughtUp?: null; resync: parley.v1.Resync.$Shape; applied?: null }|{ body?: "applied"; welcome?: null; sent?: null; deliver?: null; presence?: null; typing?: null; error?: null; caughtUp?: null; resync?: null; applied: parley.v1.Applied.$Shape })
             * )} parley.v1.ServerFrame.$Shape
             */

            /**
             * Constructs a new ServerFrame.
             * @memberof parley.v1
             * @classdesc Represents a ServerFrame.
             * @constructor
             * @param {parley.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServerFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ServerFrame id.
             * @member {number} id
             * @memberof parley.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.id = 0;

            /**
             * ServerFrame welcome.
             * @member {parley.v1.Welcome.$Properties|null|undefined} welcome
             * @memberof parley.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.welcome = null;

            /**
             * ServerFrame sent.
             * @member {parley.v1.Sent.$Properties|null|undefined} sent
             * @memberof parley.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.sent = null;

            /**
             * ServerFrame deliver.
             * @member {parley.v1.Deliver.$Properties|null|undefined} deliver
             * @memberof parley.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.deliver = null;

            /**
             * ServerFrame presence.
             * @member {parley.v1.Presence.$Properties|null|undefined} presence
             * @memberof parley.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.presence = null;

            /**
             * ServerFrame typing.
             * @member {parley.v1.Typing.$Properties|null|undefined} typing
             * @memberof parley.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.typing = null;

            /**
             * ServerFrame error.
             * @member {parley.v1.Error.$Properties|null|undefined} error
             * @memberof parley.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.error = null;

            /**
             * ServerFrame caughtUp.
             * @member {parley.v1.CaughtUp.$Properties|null|undefined} caughtUp
             * @memberof parley.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.caughtUp = null;

            /**
             * ServerFrame resync.
             * @member {parley.v1.Resync.$Properties|null|undefined} resync
             * @memberof parley.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.resync = null;

            /**
             * ServerFrame applied.
             * @member {parley.v1.Applied.$Properties|null|undefined} applied
             * @memberof parley.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.applied = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ServerFrame body.
             * @member {"welcome"|"sent"|"deliver"|"presence"|"typing"|"error"|"caughtUp"|"resync"|"applied"|undefined} body
             * @memberof parley.v1.ServerFrame
             * @instance
             */
            $Object.defineProperty(ServerFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["welcome", "sent", "deliver", "presence", "typing", "error", "caughtUp", "resync", "applied"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @function create
             * @memberof parley.v1.ServerFrame
             * @static
             * @param {parley.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @returns {parley.v1.ServerFrame} ServerFrame instance
             * @type {{
             *   (properties: parley.v1.ServerFrame.$Shape): parley.v1.ServerFrame & parley.v1.ServerFrame.$Shape;
             *   (properties?: parley.v1.ServerFrame.$Properties): parley.v1.ServerFrame;
             * }}
             */
            ServerFrame.create = function(properties) {
                return new ServerFrame(properties);
            };

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link parley.v1.ServerFrame.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.ServerFrame
             * @static
             * @param {parley.v1.ServerFrame.$Properties} message ServerFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.parley.v1.Welcome.encode(message.welcome, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.sent != null && $Object.hasOwnProperty.call(message, "sent"))
                    $root.parley.v1.Sent.encode(message.sent, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.deliver != null && $Object.hasOwnProperty.call(message, "deliver"))
                    $root.parley.v1.Deliver.encode(message.deliver, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    $root.parley.v1.Presence.encode(message.presence, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing"))
                    $root.parley.v1.Typing.encode(message.typing, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.parley.v1.Error.encode(message.error, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.caughtUp != null && $Object.hasOwnProperty.call(message, "caughtUp"))
                    $root.parley.v1.CaughtUp.encode(message.caughtUp, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.resync != null && $Object.hasOwnProperty.call(message, "resync"))
                    $root.parley.v1.Resync.encode(message.resync, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.applied != null && $Object.hasOwnProperty.call(message, "applied"))
                    $root.parley.v1.Applied.encode(message.applied, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ServerFrame message, length delimited. Does not implicitly {@link parley.v1.ServerFrame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.ServerFrame
             * @static
             * @param {parley.v1.ServerFrame.$Properties} message ServerFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerFrame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.ServerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.ServerFrame & parley.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.ServerFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.parley.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.body = "welcome";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.sent = $root.parley.v1.Sent.decode(reader, reader.size(), $undefined, _depth + 1, message.sent);
                            message.body = "sent";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.deliver = $root.parley.v1.Deliver.decode(reader, reader.size(), $undefined, _depth + 1, message.deliver);
                            message.body = "deliver";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.presence = $root.parley.v1.Presence.decode(reader, reader.size(), $undefined, _depth + 1, message.presence);
                            message.body = "presence";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.typing = $root.parley.v1.Typing.decode(reader, reader.size(), $undefined, _depth + 1, message.typing);
                            message.body = "typing";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.parley.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.caughtUp = $root.parley.v1.CaughtUp.decode(reader, reader.size(), $undefined, _depth + 1, message.caughtUp);
                            message.body = "caughtUp";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.resync = $root.parley.v1.Resync.decode(reader, reader.size(), $undefined, _depth + 1, message.resync);
                            message.body = "resync";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.applied = $root.parley.v1.Applied.decode(reader, reader.size(), $undefined, _depth + 1, message.applied);
                            message.body = "applied";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ServerFrame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.ServerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.ServerFrame & parley.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerFrame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ServerFrame message.
             * @function verify
             * @memberof parley.v1.ServerFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ServerFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.Welcome.verify(message.welcome, _depth + 1);
                        if (error)
                            return "welcome." + error;
                    }
                }
                if (message.sent != null && $Object.hasOwnProperty.call(message, "sent")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.Sent.verify(message.sent, _depth + 1);
                        if (error)
                            return "sent." + error;
                    }
                }
                if (message.deliver != null && $Object.hasOwnProperty.call(message, "deliver")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.Deliver.verify(message.deliver, _depth + 1);
                        if (error)
                            return "deliver." + error;
                    }
                }
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.Presence.verify(message.presence, _depth + 1);
                        if (error)
                            return "presence." + error;
                    }
                }
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.Typing.verify(message.typing, _depth + 1);
                        if (error)
                            return "typing." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                if (message.caughtUp != null && $Object.hasOwnProperty.call(message, "caughtUp")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.CaughtUp.verify(message.caughtUp, _depth + 1);
                        if (error)
                            return "caughtUp." + error;
                    }
                }
                if (message.resync != null && $Object.hasOwnProperty.call(message, "resync")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.Resync.verify(message.resync, _depth + 1);
                        if (error)
                            return "resync." + error;
                    }
                }
                if (message.applied != null && $Object.hasOwnProperty.call(message, "applied")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.parley.v1.Applied.verify(message.applied, _depth + 1);
                        if (error)
                            return "applied." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ServerFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.ServerFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.ServerFrame} ServerFrame
             */
            ServerFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.ServerFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.ServerFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.ServerFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.welcome != null) {
                    if (!$util.isObject(object.welcome))
                        throw $TypeError(".parley.v1.ServerFrame.welcome: object expected");
                    message.welcome = $root.parley.v1.Welcome.fromObject(object.welcome, _depth + 1);
                }
                if (object.sent != null) {
                    if (!$util.isObject(object.sent))
                        throw $TypeError(".parley.v1.ServerFrame.sent: object expected");
                    message.sent = $root.parley.v1.Sent.fromObject(object.sent, _depth + 1);
                }
                if (object.deliver != null) {
                    if (!$util.isObject(object.deliver))
                        throw $TypeError(".parley.v1.ServerFrame.deliver: object expected");
                    message.deliver = $root.parley.v1.Deliver.fromObject(object.deliver, _depth + 1);
                }
                if (object.presence != null) {
                    if (!$util.isObject(object.presence))
                        throw $TypeError(".parley.v1.ServerFrame.presence: object expected");
                    message.presence = $root.parley.v1.Presence.fromObject(object.presence, _depth + 1);
                }
                if (object.typing != null) {
                    if (!$util.isObject(object.typing))
                        throw $TypeError(".parley.v1.ServerFrame.typing: object expected");
                    message.typing = $root.parley.v1.Typing.fromObject(object.typing, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".parley.v1.ServerFrame.error: object expected");
                    message.error = $root.parley.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.caughtUp != null) {
                    if (!$util.isObject(object.caughtUp))
                        throw $TypeError(".parley.v1.ServerFrame.caughtUp: object expected");
                    message.caughtUp = $root.parley.v1.CaughtUp.fromObject(object.caughtUp, _depth + 1);
                }
                if (object.resync != null) {
                    if (!$util.isObject(object.resync))
                        throw $TypeError(".parley.v1.ServerFrame.resync: object expected");
                    message.resync = $root.parley.v1.Resync.fromObject(object.resync, _depth + 1);
                }
                if (object.applied != null) {
                    if (!$util.isObject(object.applied))
                        throw $TypeError(".parley.v1.ServerFrame.applied: object expected");
                    message.applied = $root.parley.v1.Applied.fromObject(object.applied, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ServerFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.ServerFrame
             * @static
             * @param {parley.v1.ServerFrame} message ServerFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServerFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.id = 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                    object.welcome = $root.parley.v1.Welcome.toObject(message.welcome, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "welcome";
                }
                if (message.sent != null && $Object.hasOwnProperty.call(message, "sent")) {
                    object.sent = $root.parley.v1.Sent.toObject(message.sent, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "sent";
                }
                if (message.deliver != null && $Object.hasOwnProperty.call(message, "deliver")) {
                    object.deliver = $root.parley.v1.Deliver.toObject(message.deliver, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "deliver";
                }
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence")) {
                    object.presence = $root.parley.v1.Presence.toObject(message.presence, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "presence";
                }
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing")) {
                    object.typing = $root.parley.v1.Typing.toObject(message.typing, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "typing";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.parley.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "error";
                }
                if (message.caughtUp != null && $Object.hasOwnProperty.call(message, "caughtUp")) {
                    object.caughtUp = $root.parley.v1.CaughtUp.toObject(message.caughtUp, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "caughtUp";
                }
                if (message.resync != null && $Object.hasOwnProperty.call(message, "resync")) {
                    object.resync = $root.parley.v1.Resync.toObject(message.resync, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "resync";
                }
                if (message.applied != null && $Object.hasOwnProperty.call(message, "applied")) {
                    object.applied = $root.parley.v1.Applied.toObject(message.applied, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "applied";
                }
                return object;
            };

            /**
             * Converts this ServerFrame to JSON.
             * @function toJSON
             * @memberof parley.v1.ServerFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServerFrame.prototype.toJSON = function() {
                return ServerFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ServerFrame
             * @function getTypeUrl
             * @memberof parley.v1.ServerFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ServerFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.ServerFrame";
            };

            return ServerFrame;
        })();

        v1.Auth = (function() {

            /**
             * Properties of an Auth.
             * @typedef {Object} parley.v1.Auth.$Properties
             * @property {string|null} [token] Auth token
             * @property {number|null} [cursor] Auth cursor
             * @property {Object.<string,number>|null} [groupPositions] Auth groupPositions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Auth.
             * @memberof parley.v1
             * @interface IAuth
             * @augments parley.v1.Auth.$Properties
             * @deprecated Use parley.v1.Auth.$Properties instead.
             */

            /**
             * Shape of an Auth.
             * @typedef {parley.v1.Auth.$Properties} parley.v1.Auth.$Shape
             */

            /**
             * Constructs a new Auth.
             * @memberof parley.v1
             * @classdesc Represents an Auth.
             * @constructor
             * @param {parley.v1.Auth.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Auth = function (properties) {
                this.groupPositions = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Auth token.
             * @member {string} token
             * @memberof parley.v1.Auth
             * @instance
             */
            Auth.prototype.token = "";

            /**
             * Auth cursor.
             * @member {number|null|undefined} cursor
             * @memberof parley.v1.Auth
             * @instance
             */
            Auth.prototype.cursor = null;

            /**
             * Auth groupPositions.
             * @member {Object.<string,number>} groupPositions
             * @memberof parley.v1.Auth
             * @instance
             */
            Auth.prototype.groupPositions = $util.emptyObject;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Auth.prototype, "_cursor", {
                get: $util.oneOfGetter($oneOfFields = ["cursor"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Auth instance using the specified properties.
             * @function create
             * @memberof parley.v1.Auth
             * @static
             * @param {parley.v1.Auth.$Properties=} [properties] Properties to set
             * @returns {parley.v1.Auth} Auth instance
             * @type {{
             *   (properties: parley.v1.Auth.$Shape): parley.v1.Auth & parley.v1.Auth.$Shape;
             *   (properties?: parley.v1.Auth.$Properties): parley.v1.Auth;
             * }}
             */
            Auth.create = function(properties) {
                return new Auth(properties);
            };

            /**
             * Encodes the specified Auth message. Does not implicitly {@link parley.v1.Auth.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.Auth
             * @static
             * @param {parley.v1.Auth.$Properties} message Auth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Auth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.cursor);
                if (message.groupPositions != null && $Object.hasOwnProperty.call(message, "groupPositions"))
                    for (let keys = $Object.keys(message.groupPositions), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).uint64(message.groupPositions[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Auth message, length delimited. Does not implicitly {@link parley.v1.Auth.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.Auth
             * @static
             * @param {parley.v1.Auth.$Properties} message Auth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Auth.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Auth message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.Auth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.Auth & parley.v1.Auth.$Shape} Auth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Auth.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Auth();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.cursor = reader.uint64();
                            message._cursor = "cursor";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.groupPositions === $util.emptyObject)
                                message.groupPositions = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = $util.Long ? $util.Long.fromNumber(0, true) : 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.uint64();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.groupPositions, key);
                            message.groupPositions[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Auth message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.Auth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.Auth & parley.v1.Auth.$Shape} Auth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Auth.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Auth message.
             * @function verify
             * @memberof parley.v1.Auth
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Auth.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    if (!$util.isString(message.token))
                        return "token: string expected";
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor")) {
                    properties._cursor = 1;
                    if (!$util.isInteger(message.cursor) && !(message.cursor && $util.isInteger(message.cursor.low) && $util.isInteger(message.cursor.high)))
                        return "cursor: integer|Long expected";
                }
                if (message.groupPositions != null && $Object.hasOwnProperty.call(message, "groupPositions")) {
                    if (!$util.isObject(message.groupPositions))
                        return "groupPositions: object expected";
                    let key = $Object.keys(message.groupPositions);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isInteger(message.groupPositions[key[i]]) && !(message.groupPositions[key[i]] && $util.isInteger(message.groupPositions[key[i]].low) && $util.isInteger(message.groupPositions[key[i]].high)))
                            return "groupPositions: integer|Long{k:string} expected";
                }
                return null;
            };

            /**
             * Creates an Auth message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.Auth
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.Auth} Auth
             */
            Auth.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Auth)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Auth: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Auth();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.cursor != null)
                    if ($util.Long)
                        message.cursor = $util.Long.fromValue(object.cursor, true);
                    else if (typeof object.cursor === "string")
                        message.cursor = $parseInt(object.cursor, 10);
                    else if (typeof object.cursor === "number")
                        message.cursor = object.cursor;
                    else if (typeof object.cursor === "object")
                        message.cursor = new $util.LongBits(object.cursor.low >>> 0, object.cursor.high >>> 0).toNumber(true);
                if (object.groupPositions) {
                    if (!$util.isObject(object.groupPositions))
                        throw $TypeError(".parley.v1.Auth.groupPositions: object expected");
                    message.groupPositions = {};
                    for (let keys = $Object.keys(object.groupPositions), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.groupPositions, keys[i]);
                        if ($util.Long)
                            message.groupPositions[keys[i]] = $util.Long.fromValue(object.groupPositions[keys[i]], true);
                        else if (typeof object.groupPositions[keys[i]] === "string")
                            message.groupPositions[keys[i]] = $parseInt(object.groupPositions[keys[i]], 10);
                        else if (typeof object.groupPositions[keys[i]] === "number")
                            message.groupPositions[keys[i]] = object.groupPositions[keys[i]];
                        else if (typeof object.groupPositions[keys[i]] === "object")
                            message.groupPositions[keys[i]] = new $util.LongBits(object.groupPositions[keys[i]].low >>> 0, object.groupPositions[keys[i]].high >>> 0).toNumber(true);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an Auth message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.Auth
             * @static
             * @param {parley.v1.Auth} message Auth
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Auth.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.groupPositions = {};
                if (options.defaults)
                    object.token = "";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, true).toBigInt();
                    else if (typeof message.cursor === "number")
                        object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                    else
                        object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber(true) : message.cursor;
                let keys2;
                if (message.groupPositions && (keys2 = $Object.keys(message.groupPositions)).length) {
                    object.groupPositions = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.groupPositions, keys2[j]);
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.groupPositions[keys2[j]] = typeof message.groupPositions[keys2[j]] === "number" ? $BigInt(message.groupPositions[keys2[j]]) : $util.Long.fromBits(message.groupPositions[keys2[j]].low >>> 0, message.groupPositions[keys2[j]].high >>> 0, true).toBigInt();
                        else if (typeof message.groupPositions[keys2[j]] === "number")
                            object.groupPositions[keys2[j]] = options.longs === $String ? $String(message.groupPositions[keys2[j]]) : message.groupPositions[keys2[j]];
                        else
                            object.groupPositions[keys2[j]] = options.longs === $String ? $util.Long.prototype.toString.call(message.groupPositions[keys2[j]]) : options.longs === $Number ? new $util.LongBits(message.groupPositions[keys2[j]].low >>> 0, message.groupPositions[keys2[j]].high >>> 0).toNumber(true) : message.groupPositions[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this Auth to JSON.
             * @function toJSON
             * @memberof parley.v1.Auth
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Auth.prototype.toJSON = function() {
                return Auth.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Auth
             * @function getTypeUrl
             * @memberof parley.v1.Auth
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Auth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Auth";
            };

            return Auth;
        })();

        v1.Send = (function() {

            /**
             * Properties of a Send.
             * @typedef {Object} parley.v1.Send.$Properties
             * @property {string|null} [conversationId] Send conversationId
             * @property {string|null} [clientMsgId] Send clientMsgId
             * @property {string|null} [text] Send text
             * @property {Array.<string>|null} [mediaIds] Send mediaIds
             * @property {boolean|null} [retry] Send retry
             * @property {string|null} [replyToMessageId] Send replyToMessageId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Send.
             * @memberof parley.v1
             * @interface ISend
             * @augments parley.v1.Send.$Properties
             * @deprecated Use parley.v1.Send.$Properties instead.
             */

            /**
             * Shape of a Send.
             * @typedef {parley.v1.Send.$Properties} parley.v1.Send.$Shape
             */

            /**
             * Constructs a new Send.
             * @memberof parley.v1
             * @classdesc Represents a Send.
             * @constructor
             * @param {parley.v1.Send.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Send = function (properties) {
                this.mediaIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Send conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.Send
             * @instance
             */
            Send.prototype.conversationId = "";

            /**
             * Send clientMsgId.
             * @member {string} clientMsgId
             * @memberof parley.v1.Send
             * @instance
             */
            Send.prototype.clientMsgId = "";

            /**
             * Send text.
             * @member {string} text
             * @memberof parley.v1.Send
             * @instance
             */
            Send.prototype.text = "";

            /**
             * Send mediaIds.
             * @member {Array.<string>} mediaIds
             * @memberof parley.v1.Send
             * @instance
             */
            Send.prototype.mediaIds = $util.emptyArray;

            /**
             * Send retry.
             * @member {boolean} retry
             * @memberof parley.v1.Send
             * @instance
             */
            Send.prototype.retry = false;

            /**
             * Send replyToMessageId.
             * @member {string} replyToMessageId
             * @memberof parley.v1.Send
             * @instance
             */
            Send.prototype.replyToMessageId = "";

            /**
             * Creates a new Send instance using the specified properties.
             * @function create
             * @memberof parley.v1.Send
             * @static
             * @param {parley.v1.Send.$Properties=} [properties] Properties to set
             * @returns {parley.v1.Send} Send instance
             * @type {{
             *   (properties: parley.v1.Send.$Shape): parley.v1.Send & parley.v1.Send.$Shape;
             *   (properties?: parley.v1.Send.$Properties): parley.v1.Send;
             * }}
             */
            Send.create = function(properties) {
                return new Send(properties);
            };

            /**
             * Encodes the specified Send message. Does not implicitly {@link parley.v1.Send.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.Send
             * @static
             * @param {parley.v1.Send.$Properties} message Send message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Send.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientMsgId);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                if (message.mediaIds != null && message.mediaIds.length)
                    for (let i = 0; i < message.mediaIds.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.mediaIds[i]);
                if (message.retry != null && $Object.hasOwnProperty.call(message, "retry") && message.retry !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.retry);
                if (message.replyToMessageId != null && $Object.hasOwnProperty.call(message, "replyToMessageId") && message.replyToMessageId !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.replyToMessageId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Send message, length delimited. Does not implicitly {@link parley.v1.Send.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.Send
             * @static
             * @param {parley.v1.Send.$Properties} message Send message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Send.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Send message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.Send
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.Send & parley.v1.Send.$Shape} Send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Send.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Send();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMsgId = value;
                            else
                                delete message.clientMsgId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.mediaIds && message.mediaIds.length))
                                message.mediaIds = [];
                            message.mediaIds.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.retry = value;
                            else
                                delete message.retry;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replyToMessageId = value;
                            else
                                delete message.replyToMessageId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Send message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.Send
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.Send & parley.v1.Send.$Shape} Send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Send.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Send message.
             * @function verify
             * @memberof parley.v1.Send
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Send.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId"))
                    if (!$util.isString(message.clientMsgId))
                        return "clientMsgId: string expected";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                if (message.mediaIds != null && $Object.hasOwnProperty.call(message, "mediaIds")) {
                    if (!$Array.isArray(message.mediaIds))
                        return "mediaIds: array expected";
                    for (let i = 0; i < message.mediaIds.length; ++i)
                        if (!$util.isString(message.mediaIds[i]))
                            return "mediaIds: string[] expected";
                }
                if (message.retry != null && $Object.hasOwnProperty.call(message, "retry"))
                    if (typeof message.retry !== "boolean")
                        return "retry: boolean expected";
                if (message.replyToMessageId != null && $Object.hasOwnProperty.call(message, "replyToMessageId"))
                    if (!$util.isString(message.replyToMessageId))
                        return "replyToMessageId: string expected";
                return null;
            };

            /**
             * Creates a Send message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.Send
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.Send} Send
             */
            Send.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Send)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Send: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Send();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.clientMsgId != null)
                    if (typeof object.clientMsgId !== "string" || object.clientMsgId.length)
                        message.clientMsgId = $String(object.clientMsgId);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.mediaIds) {
                    if (!$Array.isArray(object.mediaIds))
                        throw $TypeError(".parley.v1.Send.mediaIds: array expected");
                    message.mediaIds = $Array(object.mediaIds.length);
                    for (let i = 0; i < object.mediaIds.length; ++i)
                        message.mediaIds[i] = $String(object.mediaIds[i]);
                }
                if (object.retry != null)
                    if (object.retry)
                        message.retry = $Boolean(object.retry);
                if (object.replyToMessageId != null)
                    if (typeof object.replyToMessageId !== "string" || object.replyToMessageId.length)
                        message.replyToMessageId = $String(object.replyToMessageId);
                return message;
            };

            /**
             * Creates a plain object from a Send message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.Send
             * @static
             * @param {parley.v1.Send} message Send
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Send.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.mediaIds = [];
                if (options.defaults) {
                    object.conversationId = "";
                    object.clientMsgId = "";
                    object.text = "";
                    object.retry = false;
                    object.replyToMessageId = "";
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId"))
                    object.clientMsgId = message.clientMsgId;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.mediaIds && message.mediaIds.length) {
                    object.mediaIds = $Array(message.mediaIds.length);
                    for (let j = 0; j < message.mediaIds.length; ++j)
                        object.mediaIds[j] = message.mediaIds[j];
                }
                if (message.retry != null && $Object.hasOwnProperty.call(message, "retry"))
                    object.retry = message.retry;
                if (message.replyToMessageId != null && $Object.hasOwnProperty.call(message, "replyToMessageId"))
                    object.replyToMessageId = message.replyToMessageId;
                return object;
            };

            /**
             * Converts this Send to JSON.
             * @function toJSON
             * @memberof parley.v1.Send
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Send.prototype.toJSON = function() {
                return Send.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Send
             * @function getTypeUrl
             * @memberof parley.v1.Send
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Send.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Send";
            };

            return Send;
        })();

        v1.Sent = (function() {

            /**
             * Properties of a Sent.
             * @typedef {Object} parley.v1.Sent.$Properties
             * @property {string|null} [conversationId] Sent conversationId
             * @property {string|null} [clientMsgId] Sent clientMsgId
             * @property {string|null} [messageId] Sent messageId
             * @property {number|null} [seq] Sent seq
             * @property {number|null} [sentAtMs] Sent sentAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Sent.
             * @memberof parley.v1
             * @interface ISent
             * @augments parley.v1.Sent.$Properties
             * @deprecated Use parley.v1.Sent.$Properties instead.
             */

            /**
             * Shape of a Sent.
             * @typedef {parley.v1.Sent.$Properties} parley.v1.Sent.$Shape
             */

            /**
             * Constructs a new Sent.
             * @memberof parley.v1
             * @classdesc Represents a Sent.
             * @constructor
             * @param {parley.v1.Sent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Sent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Sent conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.Sent
             * @instance
             */
            Sent.prototype.conversationId = "";

            /**
             * Sent clientMsgId.
             * @member {string} clientMsgId
             * @memberof parley.v1.Sent
             * @instance
             */
            Sent.prototype.clientMsgId = "";

            /**
             * Sent messageId.
             * @member {string} messageId
             * @memberof parley.v1.Sent
             * @instance
             */
            Sent.prototype.messageId = "";

            /**
             * Sent seq.
             * @member {number} seq
             * @memberof parley.v1.Sent
             * @instance
             */
            Sent.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Sent sentAtMs.
             * @member {number} sentAtMs
             * @memberof parley.v1.Sent
             * @instance
             */
            Sent.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Sent instance using the specified properties.
             * @function create
             * @memberof parley.v1.Sent
             * @static
             * @param {parley.v1.Sent.$Properties=} [properties] Properties to set
             * @returns {parley.v1.Sent} Sent instance
             * @type {{
             *   (properties: parley.v1.Sent.$Shape): parley.v1.Sent & parley.v1.Sent.$Shape;
             *   (properties?: parley.v1.Sent.$Properties): parley.v1.Sent;
             * }}
             */
            Sent.create = function(properties) {
                return new Sent(properties);
            };

            /**
             * Encodes the specified Sent message. Does not implicitly {@link parley.v1.Sent.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.Sent
             * @static
             * @param {parley.v1.Sent.$Properties} message Sent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientMsgId);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.messageId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.seq);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.sentAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Sent message, length delimited. Does not implicitly {@link parley.v1.Sent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.Sent
             * @static
             * @param {parley.v1.Sent.$Properties} message Sent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Sent message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.Sent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.Sent & parley.v1.Sent.$Shape} Sent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Sent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMsgId = value;
                            else
                                delete message.clientMsgId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Sent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.Sent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.Sent & parley.v1.Sent.$Shape} Sent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Sent message.
             * @function verify
             * @memberof parley.v1.Sent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Sent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId"))
                    if (!$util.isString(message.clientMsgId))
                        return "clientMsgId: string expected";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (!$util.isInteger(message.sentAtMs) && !(message.sentAtMs && $util.isInteger(message.sentAtMs.low) && $util.isInteger(message.sentAtMs.high)))
                        return "sentAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Sent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.Sent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.Sent} Sent
             */
            Sent.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Sent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Sent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Sent();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.clientMsgId != null)
                    if (typeof object.clientMsgId !== "string" || object.clientMsgId.length)
                        message.clientMsgId = $String(object.clientMsgId);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, false);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Sent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.Sent
             * @static
             * @param {parley.v1.Sent} message Sent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Sent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.clientMsgId = "";
                    object.messageId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId"))
                    object.clientMsgId = message.clientMsgId;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber() : message.sentAtMs;
                return object;
            };

            /**
             * Converts this Sent to JSON.
             * @function toJSON
             * @memberof parley.v1.Sent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Sent.prototype.toJSON = function() {
                return Sent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Sent
             * @function getTypeUrl
             * @memberof parley.v1.Sent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Sent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Sent";
            };

            return Sent;
        })();

        v1.Deliver = (function() {

            /**
             * Properties of a Deliver.
             * @typedef {Object} parley.v1.Deliver.$Properties
             * @property {number|null} [cursor] Deliver cursor
             * @property {parley.v1.Event.$Properties|null} [event] Deliver event
             * @property {number|null} [seq] Deliver seq
             * @property {string|null} [originDeviceId] Deliver originDeviceId
             * @property {string|null} [conversationId] Deliver conversationId
             * @property {number|null} [unreadCount] Deliver unreadCount
             * @property {string|null} [senderId] Deliver senderId
             * @property {boolean|null} [largeGroup] Deliver largeGroup
             * @property {string|null} [messageId] Deliver messageId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Deliver.
             * @memberof parley.v1
             * @interface IDeliver
             * @augments parley.v1.Deliver.$Properties
             * @deprecated Use parley.v1.Deliver.$Properties instead.
             */

            /**
             * Shape of a Deliver.
             * @typedef {{
             *   cursor?: number|null;
             *   event?: parley.v1.Event.$Shape|null;
             *   seq?: number|null;
             *   originDeviceId?: string|null;
             *   conversationId?: string|null;
             *   unreadCount?: number|null;
             *   senderId?: string|null;
             *   largeGroup?: boolean|null;
             *   messageId?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} parley.v1.Deliver.$Shape
             */

            /**
             * Constructs a new Deliver.
             * @memberof parley.v1
             * @classdesc Represents a Deliver.
             * @constructor
             * @param {parley.v1.Deliver.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Deliver = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Deliver cursor.
             * @member {number} cursor
             * @memberof parley.v1.Deliver
             * @instance
             */
            Deliver.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Deliver event.
             * @member {parley.v1.Event.$Properties|null|undefined} event
             * @memberof parley.v1.Deliver
             * @instance
             */
            Deliver.prototype.event = null;

            /**
             * Deliver seq.
             * @member {number} seq
             * @memberof parley.v1.Deliver
             * @instance
             */
            Deliver.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Deliver originDeviceId.
             * @member {string} originDeviceId
             * @memberof parley.v1.Deliver
             * @instance
             */
            Deliver.prototype.originDeviceId = "";

            /**
             * Deliver conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.Deliver
             * @instance
             */
            Deliver.prototype.conversationId = "";

            /**
             * Deliver unreadCount.
             * @member {number|null|undefined} unreadCount
             * @memberof parley.v1.Deliver
             * @instance
             */
            Deliver.prototype.unreadCount = null;

            /**
             * Deliver senderId.
             * @member {string} senderId
             * @memberof parley.v1.Deliver
             * @instance
             */
            Deliver.prototype.senderId = "";

            /**
             * Deliver largeGroup.
             * @member {boolean} largeGroup
             * @memberof parley.v1.Deliver
             * @instance
             */
            Deliver.prototype.largeGroup = false;

            /**
             * Deliver messageId.
             * @member {string} messageId
             * @memberof parley.v1.Deliver
             * @instance
             */
            Deliver.prototype.messageId = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Deliver.prototype, "_unreadCount", {
                get: $util.oneOfGetter($oneOfFields = ["unreadCount"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Deliver instance using the specified properties.
             * @function create
             * @memberof parley.v1.Deliver
             * @static
             * @param {parley.v1.Deliver.$Properties=} [properties] Properties to set
             * @returns {parley.v1.Deliver} Deliver instance
             * @type {{
             *   (properties: parley.v1.Deliver.$Shape): parley.v1.Deliver & parley.v1.Deliver.$Shape;
             *   (properties?: parley.v1.Deliver.$Properties): parley.v1.Deliver;
             * }}
             */
            Deliver.create = function(properties) {
                return new Deliver(properties);
            };

            /**
             * Encodes the specified Deliver message. Does not implicitly {@link parley.v1.Deliver.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.Deliver
             * @static
             * @param {parley.v1.Deliver.$Properties} message Deliver message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Deliver.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && (typeof message.cursor === "object" ? message.cursor.low || message.cursor.high : message.cursor !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.cursor);
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.parley.v1.Event.encode(message.event, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.originDeviceId != null && $Object.hasOwnProperty.call(message, "originDeviceId") && message.originDeviceId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.originDeviceId);
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.conversationId);
                if (message.unreadCount != null && $Object.hasOwnProperty.call(message, "unreadCount"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.unreadCount);
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId") && message.senderId !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.senderId);
                if (message.largeGroup != null && $Object.hasOwnProperty.call(message, "largeGroup") && message.largeGroup !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.largeGroup);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.messageId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Deliver message, length delimited. Does not implicitly {@link parley.v1.Deliver.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.Deliver
             * @static
             * @param {parley.v1.Deliver.$Properties} message Deliver message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Deliver.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Deliver message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.Deliver
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.Deliver & parley.v1.Deliver.$Shape} Deliver
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Deliver.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Deliver();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.parley.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.originDeviceId = value;
                            else
                                delete message.originDeviceId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.unreadCount = reader.uint32();
                            message._unreadCount = "unreadCount";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderId = value;
                            else
                                delete message.senderId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.largeGroup = value;
                            else
                                delete message.largeGroup;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Deliver message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.Deliver
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.Deliver & parley.v1.Deliver.$Shape} Deliver
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Deliver.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Deliver message.
             * @function verify
             * @memberof parley.v1.Deliver
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Deliver.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (!$util.isInteger(message.cursor) && !(message.cursor && $util.isInteger(message.cursor.low) && $util.isInteger(message.cursor.high)))
                        return "cursor: integer|Long expected";
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    let error = $root.parley.v1.Event.verify(message.event, _depth + 1);
                    if (error)
                        return "event." + error;
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.originDeviceId != null && $Object.hasOwnProperty.call(message, "originDeviceId"))
                    if (!$util.isString(message.originDeviceId))
                        return "originDeviceId: string expected";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.unreadCount != null && $Object.hasOwnProperty.call(message, "unreadCount")) {
                    properties._unreadCount = 1;
                    if (!$util.isInteger(message.unreadCount))
                        return "unreadCount: integer expected";
                }
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId"))
                    if (!$util.isString(message.senderId))
                        return "senderId: string expected";
                if (message.largeGroup != null && $Object.hasOwnProperty.call(message, "largeGroup"))
                    if (typeof message.largeGroup !== "boolean")
                        return "largeGroup: boolean expected";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                return null;
            };

            /**
             * Creates a Deliver message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.Deliver
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.Deliver} Deliver
             */
            Deliver.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Deliver)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Deliver: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Deliver();
                if (object.cursor != null)
                    if (typeof object.cursor === "object" ? object.cursor.low || object.cursor.high : $Number(object.cursor) !== 0)
                        if ($util.Long)
                            message.cursor = $util.Long.fromValue(object.cursor, true);
                        else if (typeof object.cursor === "string")
                            message.cursor = $parseInt(object.cursor, 10);
                        else if (typeof object.cursor === "number")
                            message.cursor = object.cursor;
                        else if (typeof object.cursor === "object")
                            message.cursor = new $util.LongBits(object.cursor.low >>> 0, object.cursor.high >>> 0).toNumber(true);
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw $TypeError(".parley.v1.Deliver.event: object expected");
                    message.event = $root.parley.v1.Event.fromObject(object.event, _depth + 1);
                }
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.originDeviceId != null)
                    if (typeof object.originDeviceId !== "string" || object.originDeviceId.length)
                        message.originDeviceId = $String(object.originDeviceId);
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.unreadCount != null)
                    message.unreadCount = object.unreadCount >>> 0;
                if (object.senderId != null)
                    if (typeof object.senderId !== "string" || object.senderId.length)
                        message.senderId = $String(object.senderId);
                if (object.largeGroup != null)
                    if (object.largeGroup)
                        message.largeGroup = $Boolean(object.largeGroup);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                return message;
            };

            /**
             * Creates a plain object from a Deliver message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.Deliver
             * @static
             * @param {parley.v1.Deliver} message Deliver
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Deliver.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.cursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.event = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.originDeviceId = "";
                    object.conversationId = "";
                    object.senderId = "";
                    object.largeGroup = false;
                    object.messageId = "";
                }
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, true).toBigInt();
                    else if (typeof message.cursor === "number")
                        object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                    else
                        object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber(true) : message.cursor;
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    object.event = $root.parley.v1.Event.toObject(message.event, options, _depth + 1);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.originDeviceId != null && $Object.hasOwnProperty.call(message, "originDeviceId"))
                    object.originDeviceId = message.originDeviceId;
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.unreadCount != null && $Object.hasOwnProperty.call(message, "unreadCount"))
                    object.unreadCount = message.unreadCount;
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId"))
                    object.senderId = message.senderId;
                if (message.largeGroup != null && $Object.hasOwnProperty.call(message, "largeGroup"))
                    object.largeGroup = message.largeGroup;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                return object;
            };

            /**
             * Converts this Deliver to JSON.
             * @function toJSON
             * @memberof parley.v1.Deliver
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Deliver.prototype.toJSON = function() {
                return Deliver.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Deliver
             * @function getTypeUrl
             * @memberof parley.v1.Deliver
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Deliver.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Deliver";
            };

            return Deliver;
        })();

        v1.EditMessage = (function() {

            /**
             * Properties of an EditMessage.
             * @typedef {Object} parley.v1.EditMessage.$Properties
             * @property {string|null} [messageId] EditMessage messageId
             * @property {string|null} [text] EditMessage text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EditMessage.
             * @memberof parley.v1
             * @interface IEditMessage
             * @augments parley.v1.EditMessage.$Properties
             * @deprecated Use parley.v1.EditMessage.$Properties instead.
             */

            /**
             * Shape of an EditMessage.
             * @typedef {parley.v1.EditMessage.$Properties} parley.v1.EditMessage.$Shape
             */

            /**
             * Constructs a new EditMessage.
             * @memberof parley.v1
             * @classdesc Represents an EditMessage.
             * @constructor
             * @param {parley.v1.EditMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EditMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EditMessage messageId.
             * @member {string} messageId
             * @memberof parley.v1.EditMessage
             * @instance
             */
            EditMessage.prototype.messageId = "";

            /**
             * EditMessage text.
             * @member {string} text
             * @memberof parley.v1.EditMessage
             * @instance
             */
            EditMessage.prototype.text = "";

            /**
             * Creates a new EditMessage instance using the specified properties.
             * @function create
             * @memberof parley.v1.EditMessage
             * @static
             * @param {parley.v1.EditMessage.$Properties=} [properties] Properties to set
             * @returns {parley.v1.EditMessage} EditMessage instance
             * @type {{
             *   (properties: parley.v1.EditMessage.$Shape): parley.v1.EditMessage & parley.v1.EditMessage.$Shape;
             *   (properties?: parley.v1.EditMessage.$Properties): parley.v1.EditMessage;
             * }}
             */
            EditMessage.create = function(properties) {
                return new EditMessage(properties);
            };

            /**
             * Encodes the specified EditMessage message. Does not implicitly {@link parley.v1.EditMessage.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.EditMessage
             * @static
             * @param {parley.v1.EditMessage.$Properties} message EditMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EditMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EditMessage message, length delimited. Does not implicitly {@link parley.v1.EditMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.EditMessage
             * @static
             * @param {parley.v1.EditMessage.$Properties} message EditMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EditMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EditMessage message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.EditMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.EditMessage & parley.v1.EditMessage.$Shape} EditMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EditMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.EditMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EditMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.EditMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.EditMessage & parley.v1.EditMessage.$Shape} EditMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EditMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EditMessage message.
             * @function verify
             * @memberof parley.v1.EditMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EditMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                return null;
            };

            /**
             * Creates an EditMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.EditMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.EditMessage} EditMessage
             */
            EditMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.EditMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.EditMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.EditMessage();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                return message;
            };

            /**
             * Creates a plain object from an EditMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.EditMessage
             * @static
             * @param {parley.v1.EditMessage} message EditMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EditMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.text = "";
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                return object;
            };

            /**
             * Converts this EditMessage to JSON.
             * @function toJSON
             * @memberof parley.v1.EditMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EditMessage.prototype.toJSON = function() {
                return EditMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EditMessage
             * @function getTypeUrl
             * @memberof parley.v1.EditMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EditMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.EditMessage";
            };

            return EditMessage;
        })();

        v1.DeleteMessage = (function() {

            /**
             * Properties of a DeleteMessage.
             * @typedef {Object} parley.v1.DeleteMessage.$Properties
             * @property {string|null} [messageId] DeleteMessage messageId
             * @property {boolean|null} [forEveryone] DeleteMessage forEveryone
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteMessage.
             * @memberof parley.v1
             * @interface IDeleteMessage
             * @augments parley.v1.DeleteMessage.$Properties
             * @deprecated Use parley.v1.DeleteMessage.$Properties instead.
             */

            /**
             * Shape of a DeleteMessage.
             * @typedef {parley.v1.DeleteMessage.$Properties} parley.v1.DeleteMessage.$Shape
             */

            /**
             * Constructs a new DeleteMessage.
             * @memberof parley.v1
             * @classdesc Represents a DeleteMessage.
             * @constructor
             * @param {parley.v1.DeleteMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteMessage messageId.
             * @member {string} messageId
             * @memberof parley.v1.DeleteMessage
             * @instance
             */
            DeleteMessage.prototype.messageId = "";

            /**
             * DeleteMessage forEveryone.
             * @member {boolean} forEveryone
             * @memberof parley.v1.DeleteMessage
             * @instance
             */
            DeleteMessage.prototype.forEveryone = false;

            /**
             * Creates a new DeleteMessage instance using the specified properties.
             * @function create
             * @memberof parley.v1.DeleteMessage
             * @static
             * @param {parley.v1.DeleteMessage.$Properties=} [properties] Properties to set
             * @returns {parley.v1.DeleteMessage} DeleteMessage instance
             * @type {{
             *   (properties: parley.v1.DeleteMessage.$Shape): parley.v1.DeleteMessage & parley.v1.DeleteMessage.$Shape;
             *   (properties?: parley.v1.DeleteMessage.$Properties): parley.v1.DeleteMessage;
             * }}
             */
            DeleteMessage.create = function(properties) {
                return new DeleteMessage(properties);
            };

            /**
             * Encodes the specified DeleteMessage message. Does not implicitly {@link parley.v1.DeleteMessage.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.DeleteMessage
             * @static
             * @param {parley.v1.DeleteMessage.$Properties} message DeleteMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.forEveryone != null && $Object.hasOwnProperty.call(message, "forEveryone") && message.forEveryone !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.forEveryone);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeleteMessage message, length delimited. Does not implicitly {@link parley.v1.DeleteMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.DeleteMessage
             * @static
             * @param {parley.v1.DeleteMessage.$Properties} message DeleteMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeleteMessage message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.DeleteMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.DeleteMessage & parley.v1.DeleteMessage.$Shape} DeleteMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.DeleteMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.forEveryone = value;
                            else
                                delete message.forEveryone;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DeleteMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.DeleteMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.DeleteMessage & parley.v1.DeleteMessage.$Shape} DeleteMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeleteMessage message.
             * @function verify
             * @memberof parley.v1.DeleteMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeleteMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.forEveryone != null && $Object.hasOwnProperty.call(message, "forEveryone"))
                    if (typeof message.forEveryone !== "boolean")
                        return "forEveryone: boolean expected";
                return null;
            };

            /**
             * Creates a DeleteMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.DeleteMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.DeleteMessage} DeleteMessage
             */
            DeleteMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.DeleteMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.DeleteMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.DeleteMessage();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.forEveryone != null)
                    if (object.forEveryone)
                        message.forEveryone = $Boolean(object.forEveryone);
                return message;
            };

            /**
             * Creates a plain object from a DeleteMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.DeleteMessage
             * @static
             * @param {parley.v1.DeleteMessage} message DeleteMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeleteMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.forEveryone = false;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.forEveryone != null && $Object.hasOwnProperty.call(message, "forEveryone"))
                    object.forEveryone = message.forEveryone;
                return object;
            };

            /**
             * Converts this DeleteMessage to JSON.
             * @function toJSON
             * @memberof parley.v1.DeleteMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeleteMessage.prototype.toJSON = function() {
                return DeleteMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeleteMessage
             * @function getTypeUrl
             * @memberof parley.v1.DeleteMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.DeleteMessage";
            };

            return DeleteMessage;
        })();

        v1.React = (function() {

            /**
             * Properties of a React.
             * @typedef {Object} parley.v1.React.$Properties
             * @property {string|null} [messageId] React messageId
             * @property {string|null} [emoji] React emoji
             * @property {boolean|null} [remove] React remove
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a React.
             * @memberof parley.v1
             * @interface IReact
             * @augments parley.v1.React.$Properties
             * @deprecated Use parley.v1.React.$Properties instead.
             */

            /**
             * Shape of a React.
             * @typedef {parley.v1.React.$Properties} parley.v1.React.$Shape
             */

            /**
             * Constructs a new React.
             * @memberof parley.v1
             * @classdesc Represents a React.
             * @constructor
             * @param {parley.v1.React.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const React = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * React messageId.
             * @member {string} messageId
             * @memberof parley.v1.React
             * @instance
             */
            React.prototype.messageId = "";

            /**
             * React emoji.
             * @member {string} emoji
             * @memberof parley.v1.React
             * @instance
             */
            React.prototype.emoji = "";

            /**
             * React remove.
             * @member {boolean} remove
             * @memberof parley.v1.React
             * @instance
             */
            React.prototype.remove = false;

            /**
             * Creates a new React instance using the specified properties.
             * @function create
             * @memberof parley.v1.React
             * @static
             * @param {parley.v1.React.$Properties=} [properties] Properties to set
             * @returns {parley.v1.React} React instance
             * @type {{
             *   (properties: parley.v1.React.$Shape): parley.v1.React & parley.v1.React.$Shape;
             *   (properties?: parley.v1.React.$Properties): parley.v1.React;
             * }}
             */
            React.create = function(properties) {
                return new React(properties);
            };

            /**
             * Encodes the specified React message. Does not implicitly {@link parley.v1.React.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.React
             * @static
             * @param {parley.v1.React.$Properties} message React message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            React.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji") && message.emoji !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.emoji);
                if (message.remove != null && $Object.hasOwnProperty.call(message, "remove") && message.remove !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.remove);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified React message, length delimited. Does not implicitly {@link parley.v1.React.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.React
             * @static
             * @param {parley.v1.React.$Properties} message React message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            React.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a React message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.React
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.React & parley.v1.React.$Shape} React
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            React.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.React();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.emoji = value;
                            else
                                delete message.emoji;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.remove = value;
                            else
                                delete message.remove;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a React message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.React
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.React & parley.v1.React.$Shape} React
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            React.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a React message.
             * @function verify
             * @memberof parley.v1.React
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            React.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji"))
                    if (!$util.isString(message.emoji))
                        return "emoji: string expected";
                if (message.remove != null && $Object.hasOwnProperty.call(message, "remove"))
                    if (typeof message.remove !== "boolean")
                        return "remove: boolean expected";
                return null;
            };

            /**
             * Creates a React message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.React
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.React} React
             */
            React.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.React)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.React: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.React();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.emoji != null)
                    if (typeof object.emoji !== "string" || object.emoji.length)
                        message.emoji = $String(object.emoji);
                if (object.remove != null)
                    if (object.remove)
                        message.remove = $Boolean(object.remove);
                return message;
            };

            /**
             * Creates a plain object from a React message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.React
             * @static
             * @param {parley.v1.React} message React
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            React.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.emoji = "";
                    object.remove = false;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji"))
                    object.emoji = message.emoji;
                if (message.remove != null && $Object.hasOwnProperty.call(message, "remove"))
                    object.remove = message.remove;
                return object;
            };

            /**
             * Converts this React to JSON.
             * @function toJSON
             * @memberof parley.v1.React
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            React.prototype.toJSON = function() {
                return React.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for React
             * @function getTypeUrl
             * @memberof parley.v1.React
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            React.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.React";
            };

            return React;
        })();

        v1.Applied = (function() {

            /**
             * Properties of an Applied.
             * @typedef {Object} parley.v1.Applied.$Properties
             * @property {string|null} [conversationId] Applied conversationId
             * @property {string|null} [messageId] Applied messageId
             * @property {number|null} [seq] Applied seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Applied.
             * @memberof parley.v1
             * @interface IApplied
             * @augments parley.v1.Applied.$Properties
             * @deprecated Use parley.v1.Applied.$Properties instead.
             */

            /**
             * Shape of an Applied.
             * @typedef {parley.v1.Applied.$Properties} parley.v1.Applied.$Shape
             */

            /**
             * Constructs a new Applied.
             * @memberof parley.v1
             * @classdesc Represents an Applied.
             * @constructor
             * @param {parley.v1.Applied.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Applied = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Applied conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.Applied
             * @instance
             */
            Applied.prototype.conversationId = "";

            /**
             * Applied messageId.
             * @member {string} messageId
             * @memberof parley.v1.Applied
             * @instance
             */
            Applied.prototype.messageId = "";

            /**
             * Applied seq.
             * @member {number} seq
             * @memberof parley.v1.Applied
             * @instance
             */
            Applied.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Applied instance using the specified properties.
             * @function create
             * @memberof parley.v1.Applied
             * @static
             * @param {parley.v1.Applied.$Properties=} [properties] Properties to set
             * @returns {parley.v1.Applied} Applied instance
             * @type {{
             *   (properties: parley.v1.Applied.$Shape): parley.v1.Applied & parley.v1.Applied.$Shape;
             *   (properties?: parley.v1.Applied.$Properties): parley.v1.Applied;
             * }}
             */
            Applied.create = function(properties) {
                return new Applied(properties);
            };

            /**
             * Encodes the specified Applied message. Does not implicitly {@link parley.v1.Applied.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.Applied
             * @static
             * @param {parley.v1.Applied.$Properties} message Applied message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Applied.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Applied message, length delimited. Does not implicitly {@link parley.v1.Applied.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.Applied
             * @static
             * @param {parley.v1.Applied.$Properties} message Applied message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Applied.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Applied message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.Applied
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.Applied & parley.v1.Applied.$Shape} Applied
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Applied.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Applied();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Applied message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.Applied
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.Applied & parley.v1.Applied.$Shape} Applied
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Applied.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Applied message.
             * @function verify
             * @memberof parley.v1.Applied
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Applied.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                return null;
            };

            /**
             * Creates an Applied message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.Applied
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.Applied} Applied
             */
            Applied.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Applied)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Applied: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Applied();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an Applied message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.Applied
             * @static
             * @param {parley.v1.Applied} message Applied
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Applied.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.messageId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            /**
             * Converts this Applied to JSON.
             * @function toJSON
             * @memberof parley.v1.Applied
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Applied.prototype.toJSON = function() {
                return Applied.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Applied
             * @function getTypeUrl
             * @memberof parley.v1.Applied
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Applied.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Applied";
            };

            return Applied;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} parley.v1.Ack.$Properties
             * @property {number|null} [cursor] Ack cursor
             * @property {string|null} [conversationId] Ack conversationId
             * @property {number|null} [seq] Ack seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof parley.v1
             * @interface IAck
             * @augments parley.v1.Ack.$Properties
             * @deprecated Use parley.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {parley.v1.Ack.$Properties} parley.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof parley.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {parley.v1.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack cursor.
             * @member {number} cursor
             * @memberof parley.v1.Ack
             * @instance
             */
            Ack.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ack conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.Ack
             * @instance
             */
            Ack.prototype.conversationId = "";

            /**
             * Ack seq.
             * @member {number} seq
             * @memberof parley.v1.Ack
             * @instance
             */
            Ack.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof parley.v1.Ack
             * @static
             * @param {parley.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {parley.v1.Ack} Ack instance
             * @type {{
             *   (properties: parley.v1.Ack.$Shape): parley.v1.Ack & parley.v1.Ack.$Shape;
             *   (properties?: parley.v1.Ack.$Properties): parley.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link parley.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.Ack
             * @static
             * @param {parley.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && (typeof message.cursor === "object" ? message.cursor.low || message.cursor.high : message.cursor !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.cursor);
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link parley.v1.Ack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.Ack
             * @static
             * @param {parley.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.Ack & parley.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.Ack & parley.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Ack message.
             * @function verify
             * @memberof parley.v1.Ack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (!$util.isInteger(message.cursor) && !(message.cursor && $util.isInteger(message.cursor.low) && $util.isInteger(message.cursor.high)))
                        return "cursor: integer|Long expected";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                return null;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.Ack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.Ack} Ack
             */
            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Ack();
                if (object.cursor != null)
                    if (typeof object.cursor === "object" ? object.cursor.low || object.cursor.high : $Number(object.cursor) !== 0)
                        if ($util.Long)
                            message.cursor = $util.Long.fromValue(object.cursor, true);
                        else if (typeof object.cursor === "string")
                            message.cursor = $parseInt(object.cursor, 10);
                        else if (typeof object.cursor === "number")
                            message.cursor = object.cursor;
                        else if (typeof object.cursor === "object")
                            message.cursor = new $util.LongBits(object.cursor.low >>> 0, object.cursor.high >>> 0).toNumber(true);
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.Ack
             * @static
             * @param {parley.v1.Ack} message Ack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.cursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, true).toBigInt();
                    else if (typeof message.cursor === "number")
                        object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                    else
                        object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber(true) : message.cursor;
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof parley.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof parley.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Ack";
            };

            return Ack;
        })();

        v1.MarkRead = (function() {

            /**
             * Properties of a MarkRead.
             * @typedef {Object} parley.v1.MarkRead.$Properties
             * @property {string|null} [conversationId] MarkRead conversationId
             * @property {number|null} [upToSeq] MarkRead upToSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MarkRead.
             * @memberof parley.v1
             * @interface IMarkRead
             * @augments parley.v1.MarkRead.$Properties
             * @deprecated Use parley.v1.MarkRead.$Properties instead.
             */

            /**
             * Shape of a MarkRead.
             * @typedef {parley.v1.MarkRead.$Properties} parley.v1.MarkRead.$Shape
             */

            /**
             * Constructs a new MarkRead.
             * @memberof parley.v1
             * @classdesc Represents a MarkRead.
             * @constructor
             * @param {parley.v1.MarkRead.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MarkRead = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MarkRead conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.MarkRead
             * @instance
             */
            MarkRead.prototype.conversationId = "";

            /**
             * MarkRead upToSeq.
             * @member {number} upToSeq
             * @memberof parley.v1.MarkRead
             * @instance
             */
            MarkRead.prototype.upToSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new MarkRead instance using the specified properties.
             * @function create
             * @memberof parley.v1.MarkRead
             * @static
             * @param {parley.v1.MarkRead.$Properties=} [properties] Properties to set
             * @returns {parley.v1.MarkRead} MarkRead instance
             * @type {{
             *   (properties: parley.v1.MarkRead.$Shape): parley.v1.MarkRead & parley.v1.MarkRead.$Shape;
             *   (properties?: parley.v1.MarkRead.$Properties): parley.v1.MarkRead;
             * }}
             */
            MarkRead.create = function(properties) {
                return new MarkRead(properties);
            };

            /**
             * Encodes the specified MarkRead message. Does not implicitly {@link parley.v1.MarkRead.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.MarkRead
             * @static
             * @param {parley.v1.MarkRead.$Properties} message MarkRead message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MarkRead.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.upToSeq != null && $Object.hasOwnProperty.call(message, "upToSeq") && (typeof message.upToSeq === "object" ? message.upToSeq.low || message.upToSeq.high : message.upToSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.upToSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MarkRead message, length delimited. Does not implicitly {@link parley.v1.MarkRead.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.MarkRead
             * @static
             * @param {parley.v1.MarkRead.$Properties} message MarkRead message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MarkRead.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MarkRead message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.MarkRead
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.MarkRead & parley.v1.MarkRead.$Shape} MarkRead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MarkRead.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.MarkRead();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.upToSeq = value;
                            else
                                delete message.upToSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MarkRead message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.MarkRead
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.MarkRead & parley.v1.MarkRead.$Shape} MarkRead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MarkRead.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MarkRead message.
             * @function verify
             * @memberof parley.v1.MarkRead
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MarkRead.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.upToSeq != null && $Object.hasOwnProperty.call(message, "upToSeq"))
                    if (!$util.isInteger(message.upToSeq) && !(message.upToSeq && $util.isInteger(message.upToSeq.low) && $util.isInteger(message.upToSeq.high)))
                        return "upToSeq: integer|Long expected";
                return null;
            };

            /**
             * Creates a MarkRead message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.MarkRead
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.MarkRead} MarkRead
             */
            MarkRead.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.MarkRead)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.MarkRead: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.MarkRead();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.upToSeq != null)
                    if (typeof object.upToSeq === "object" ? object.upToSeq.low || object.upToSeq.high : $Number(object.upToSeq) !== 0)
                        if ($util.Long)
                            message.upToSeq = $util.Long.fromValue(object.upToSeq, true);
                        else if (typeof object.upToSeq === "string")
                            message.upToSeq = $parseInt(object.upToSeq, 10);
                        else if (typeof object.upToSeq === "number")
                            message.upToSeq = object.upToSeq;
                        else if (typeof object.upToSeq === "object")
                            message.upToSeq = new $util.LongBits(object.upToSeq.low >>> 0, object.upToSeq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a MarkRead message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.MarkRead
             * @static
             * @param {parley.v1.MarkRead} message MarkRead
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MarkRead.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.upToSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.upToSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.upToSeq != null && $Object.hasOwnProperty.call(message, "upToSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.upToSeq = typeof message.upToSeq === "number" ? $BigInt(message.upToSeq) : $util.Long.fromBits(message.upToSeq.low >>> 0, message.upToSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.upToSeq === "number")
                        object.upToSeq = options.longs === $String ? $String(message.upToSeq) : message.upToSeq;
                    else
                        object.upToSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.upToSeq) : options.longs === $Number ? new $util.LongBits(message.upToSeq.low >>> 0, message.upToSeq.high >>> 0).toNumber(true) : message.upToSeq;
                return object;
            };

            /**
             * Converts this MarkRead to JSON.
             * @function toJSON
             * @memberof parley.v1.MarkRead
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MarkRead.prototype.toJSON = function() {
                return MarkRead.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MarkRead
             * @function getTypeUrl
             * @memberof parley.v1.MarkRead
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MarkRead.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.MarkRead";
            };

            return MarkRead;
        })();

        v1.Typing = (function() {

            /**
             * Properties of a Typing.
             * @typedef {Object} parley.v1.Typing.$Properties
             * @property {string|null} [conversationId] Typing conversationId
             * @property {string|null} [userId] Typing userId
             * @property {boolean|null} [on] Typing on
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Typing.
             * @memberof parley.v1
             * @interface ITyping
             * @augments parley.v1.Typing.$Properties
             * @deprecated Use parley.v1.Typing.$Properties instead.
             */

            /**
             * Shape of a Typing.
             * @typedef {parley.v1.Typing.$Properties} parley.v1.Typing.$Shape
             */

            /**
             * Constructs a new Typing.
             * @memberof parley.v1
             * @classdesc Represents a Typing.
             * @constructor
             * @param {parley.v1.Typing.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Typing = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Typing conversationId.
             * @member {string} conversationId
             * @memberof parley.v1.Typing
             * @instance
             */
            Typing.prototype.conversationId = "";

            /**
             * Typing userId.
             * @member {string} userId
             * @memberof parley.v1.Typing
             * @instance
             */
            Typing.prototype.userId = "";

            /**
             * Typing on.
             * @member {boolean} on
             * @memberof parley.v1.Typing
             * @instance
             */
            Typing.prototype.on = false;

            /**
             * Creates a new Typing instance using the specified properties.
             * @function create
             * @memberof parley.v1.Typing
             * @static
             * @param {parley.v1.Typing.$Properties=} [properties] Properties to set
             * @returns {parley.v1.Typing} Typing instance
             * @type {{
             *   (properties: parley.v1.Typing.$Shape): parley.v1.Typing & parley.v1.Typing.$Shape;
             *   (properties?: parley.v1.Typing.$Properties): parley.v1.Typing;
             * }}
             */
            Typing.create = function(properties) {
                return new Typing(properties);
            };

            /**
             * Encodes the specified Typing message. Does not implicitly {@link parley.v1.Typing.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.Typing
             * @static
             * @param {parley.v1.Typing.$Properties} message Typing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Typing.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                if (message.on != null && $Object.hasOwnProperty.call(message, "on") && message.on !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.on);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Typing message, length delimited. Does not implicitly {@link parley.v1.Typing.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.Typing
             * @static
             * @param {parley.v1.Typing.$Properties} message Typing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Typing.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Typing message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.Typing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.Typing & parley.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Typing.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Typing();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.on = value;
                            else
                                delete message.on;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Typing message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.Typing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.Typing & parley.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Typing.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Typing message.
             * @function verify
             * @memberof parley.v1.Typing
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Typing.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    if (!$util.isString(message.conversationId))
                        return "conversationId: string expected";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.on != null && $Object.hasOwnProperty.call(message, "on"))
                    if (typeof message.on !== "boolean")
                        return "on: boolean expected";
                return null;
            };

            /**
             * Creates a Typing message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.Typing
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.Typing} Typing
             */
            Typing.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Typing)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Typing: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Typing();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.on != null)
                    if (object.on)
                        message.on = $Boolean(object.on);
                return message;
            };

            /**
             * Creates a plain object from a Typing message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.Typing
             * @static
             * @param {parley.v1.Typing} message Typing
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Typing.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.userId = "";
                    object.on = false;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.on != null && $Object.hasOwnProperty.call(message, "on"))
                    object.on = message.on;
                return object;
            };

            /**
             * Converts this Typing to JSON.
             * @function toJSON
             * @memberof parley.v1.Typing
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Typing.prototype.toJSON = function() {
                return Typing.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Typing
             * @function getTypeUrl
             * @memberof parley.v1.Typing
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Typing.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Typing";
            };

            return Typing;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} parley.v1.Heartbeat.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof parley.v1
             * @interface IHeartbeat
             * @augments parley.v1.Heartbeat.$Properties
             * @deprecated Use parley.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {parley.v1.Heartbeat.$Properties} parley.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof parley.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {parley.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof parley.v1.Heartbeat
             * @static
             * @param {parley.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {parley.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: parley.v1.Heartbeat.$Shape): parley.v1.Heartbeat & parley.v1.Heartbeat.$Shape;
             *   (properties?: parley.v1.Heartbeat.$Properties): parley.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link parley.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.Heartbeat
             * @static
             * @param {parley.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link parley.v1.Heartbeat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.Heartbeat
             * @static
             * @param {parley.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.Heartbeat & parley.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.Heartbeat & parley.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof parley.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.parley.v1.Heartbeat();
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.Heartbeat
             * @static
             * @param {parley.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function () {
                return {};
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof parley.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof parley.v1.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        v1.Presence = (function() {

            /**
             * Properties of a Presence.
             * @typedef {Object} parley.v1.Presence.$Properties
             * @property {string|null} [userId] Presence userId
             * @property {boolean|null} [online] Presence online
             * @property {number|null} [lastSeenMs] Presence lastSeenMs
             * @property {number|null} [version] Presence version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Presence.
             * @memberof parley.v1
             * @interface IPresence
             * @augments parley.v1.Presence.$Properties
             * @deprecated Use parley.v1.Presence.$Properties instead.
             */

            /**
             * Shape of a Presence.
             * @typedef {parley.v1.Presence.$Properties} parley.v1.Presence.$Shape
             */

            /**
             * Constructs a new Presence.
             * @memberof parley.v1
             * @classdesc Represents a Presence.
             * @constructor
             * @param {parley.v1.Presence.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Presence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Presence userId.
             * @member {string} userId
             * @memberof parley.v1.Presence
             * @instance
             */
            Presence.prototype.userId = "";

            /**
             * Presence online.
             * @member {boolean} online
             * @memberof parley.v1.Presence
             * @instance
             */
            Presence.prototype.online = false;

            /**
             * Presence lastSeenMs.
             * @member {number} lastSeenMs
             * @memberof parley.v1.Presence
             * @instance
             */
            Presence.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Presence version.
             * @member {number} version
             * @memberof parley.v1.Presence
             * @instance
             */
            Presence.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Presence instance using the specified properties.
             * @function create
             * @memberof parley.v1.Presence
             * @static
             * @param {parley.v1.Presence.$Properties=} [properties] Properties to set
             * @returns {parley.v1.Presence} Presence instance
             * @type {{
             *   (properties: parley.v1.Presence.$Shape): parley.v1.Presence & parley.v1.Presence.$Shape;
             *   (properties?: parley.v1.Presence.$Properties): parley.v1.Presence;
             * }}
             */
            Presence.create = function(properties) {
                return new Presence(properties);
            };

            /**
             * Encodes the specified Presence message. Does not implicitly {@link parley.v1.Presence.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.Presence
             * @static
             * @param {parley.v1.Presence.$Properties} message Presence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Presence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.online != null && $Object.hasOwnProperty.call(message, "online") && message.online !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.online);
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs") && (typeof message.lastSeenMs === "object" ? message.lastSeenMs.low || message.lastSeenMs.high : message.lastSeenMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.lastSeenMs);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Presence message, length delimited. Does not implicitly {@link parley.v1.Presence.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.Presence
             * @static
             * @param {parley.v1.Presence.$Properties} message Presence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Presence.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Presence message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.Presence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.Presence & parley.v1.Presence.$Shape} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Presence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Presence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.online = value;
                            else
                                delete message.online;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeenMs = value;
                            else
                                delete message.lastSeenMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Presence message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.Presence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.Presence & parley.v1.Presence.$Shape} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Presence.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Presence message.
             * @function verify
             * @memberof parley.v1.Presence
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Presence.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                    if (typeof message.online !== "boolean")
                        return "online: boolean expected";
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs"))
                    if (!$util.isInteger(message.lastSeenMs) && !(message.lastSeenMs && $util.isInteger(message.lastSeenMs.low) && $util.isInteger(message.lastSeenMs.high)))
                        return "lastSeenMs: integer|Long expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version) && !(message.version && $util.isInteger(message.version.low) && $util.isInteger(message.version.high)))
                        return "version: integer|Long expected";
                return null;
            };

            /**
             * Creates a Presence message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.Presence
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.Presence} Presence
             */
            Presence.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Presence)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Presence: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Presence();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.online != null)
                    if (object.online)
                        message.online = $Boolean(object.online);
                if (object.lastSeenMs != null)
                    if (typeof object.lastSeenMs === "object" ? object.lastSeenMs.low || object.lastSeenMs.high : $Number(object.lastSeenMs) !== 0)
                        if ($util.Long)
                            message.lastSeenMs = $util.Long.fromValue(object.lastSeenMs, false);
                        else if (typeof object.lastSeenMs === "string")
                            message.lastSeenMs = $parseInt(object.lastSeenMs, 10);
                        else if (typeof object.lastSeenMs === "number")
                            message.lastSeenMs = object.lastSeenMs;
                        else if (typeof object.lastSeenMs === "object")
                            message.lastSeenMs = new $util.LongBits(object.lastSeenMs.low >>> 0, object.lastSeenMs.high >>> 0).toNumber();
                if (object.version != null)
                    if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                        if ($util.Long)
                            message.version = $util.Long.fromValue(object.version, true);
                        else if (typeof object.version === "string")
                            message.version = $parseInt(object.version, 10);
                        else if (typeof object.version === "number")
                            message.version = object.version;
                        else if (typeof object.version === "object")
                            message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Presence message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.Presence
             * @static
             * @param {parley.v1.Presence} message Presence
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Presence.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.online = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastSeenMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeenMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                    object.online = message.online;
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeenMs = typeof message.lastSeenMs === "number" ? $BigInt(message.lastSeenMs) : $util.Long.fromBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastSeenMs === "number")
                        object.lastSeenMs = options.longs === $String ? $String(message.lastSeenMs) : message.lastSeenMs;
                    else
                        object.lastSeenMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeenMs) : options.longs === $Number ? new $util.LongBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0).toNumber() : message.lastSeenMs;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === $String ? $String(message.version) : message.version;
                    else
                        object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                return object;
            };

            /**
             * Converts this Presence to JSON.
             * @function toJSON
             * @memberof parley.v1.Presence
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Presence.prototype.toJSON = function() {
                return Presence.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Presence
             * @function getTypeUrl
             * @memberof parley.v1.Presence
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Presence.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Presence";
            };

            return Presence;
        })();

        v1.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @typedef {Object} parley.v1.Welcome.$Properties
             * @property {string|null} [userId] Welcome userId
             * @property {string|null} [deviceId] Welcome deviceId
             * @property {number|null} [cursor] Welcome cursor
             * @property {number|null} [serverTimeMs] Welcome serverTimeMs
             * @property {number|null} [heartbeatIntervalMs] Welcome heartbeatIntervalMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Welcome.
             * @memberof parley.v1
             * @interface IWelcome
             * @augments parley.v1.Welcome.$Properties
             * @deprecated Use parley.v1.Welcome.$Properties instead.
             */

            /**
             * Shape of a Welcome.
             * @typedef {parley.v1.Welcome.$Properties} parley.v1.Welcome.$Shape
             */

            /**
             * Constructs a new Welcome.
             * @memberof parley.v1
             * @classdesc Represents a Welcome.
             * @constructor
             * @param {parley.v1.Welcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Welcome = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Welcome userId.
             * @member {string} userId
             * @memberof parley.v1.Welcome
             * @instance
             */
            Welcome.prototype.userId = "";

            /**
             * Welcome deviceId.
             * @member {string} deviceId
             * @memberof parley.v1.Welcome
             * @instance
             */
            Welcome.prototype.deviceId = "";

            /**
             * Welcome cursor.
             * @member {number} cursor
             * @memberof parley.v1.Welcome
             * @instance
             */
            Welcome.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Welcome serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof parley.v1.Welcome
             * @instance
             */
            Welcome.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Welcome heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof parley.v1.Welcome
             * @instance
             */
            Welcome.prototype.heartbeatIntervalMs = 0;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @function create
             * @memberof parley.v1.Welcome
             * @static
             * @param {parley.v1.Welcome.$Properties=} [properties] Properties to set
             * @returns {parley.v1.Welcome} Welcome instance
             * @type {{
             *   (properties: parley.v1.Welcome.$Shape): parley.v1.Welcome & parley.v1.Welcome.$Shape;
             *   (properties?: parley.v1.Welcome.$Properties): parley.v1.Welcome;
             * }}
             */
            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link parley.v1.Welcome.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.Welcome
             * @static
             * @param {parley.v1.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && (typeof message.cursor === "object" ? message.cursor.low || message.cursor.high : message.cursor !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.cursor);
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.serverTimeMs);
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.heartbeatIntervalMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Welcome message, length delimited. Does not implicitly {@link parley.v1.Welcome.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.Welcome
             * @static
             * @param {parley.v1.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.Welcome & parley.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Welcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalMs = value;
                            else
                                delete message.heartbeatIntervalMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.Welcome & parley.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Welcome message.
             * @function verify
             * @memberof parley.v1.Welcome
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Welcome.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    if (!$util.isString(message.userId))
                        return "userId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (!$util.isInteger(message.cursor) && !(message.cursor && $util.isInteger(message.cursor.low) && $util.isInteger(message.cursor.high)))
                        return "cursor: integer|Long expected";
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                    if (!$util.isInteger(message.serverTimeMs) && !(message.serverTimeMs && $util.isInteger(message.serverTimeMs.low) && $util.isInteger(message.serverTimeMs.high)))
                        return "serverTimeMs: integer|Long expected";
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    if (!$util.isInteger(message.heartbeatIntervalMs))
                        return "heartbeatIntervalMs: integer expected";
                return null;
            };

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.Welcome
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.Welcome} Welcome
             */
            Welcome.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Welcome)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Welcome: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Welcome();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.cursor != null)
                    if (typeof object.cursor === "object" ? object.cursor.low || object.cursor.high : $Number(object.cursor) !== 0)
                        if ($util.Long)
                            message.cursor = $util.Long.fromValue(object.cursor, true);
                        else if (typeof object.cursor === "string")
                            message.cursor = $parseInt(object.cursor, 10);
                        else if (typeof object.cursor === "number")
                            message.cursor = object.cursor;
                        else if (typeof object.cursor === "object")
                            message.cursor = new $util.LongBits(object.cursor.low >>> 0, object.cursor.high >>> 0).toNumber(true);
                if (object.serverTimeMs != null)
                    if (typeof object.serverTimeMs === "object" ? object.serverTimeMs.low || object.serverTimeMs.high : $Number(object.serverTimeMs) !== 0)
                        if ($util.Long)
                            message.serverTimeMs = $util.Long.fromValue(object.serverTimeMs, false);
                        else if (typeof object.serverTimeMs === "string")
                            message.serverTimeMs = $parseInt(object.serverTimeMs, 10);
                        else if (typeof object.serverTimeMs === "number")
                            message.serverTimeMs = object.serverTimeMs;
                        else if (typeof object.serverTimeMs === "object")
                            message.serverTimeMs = new $util.LongBits(object.serverTimeMs.low >>> 0, object.serverTimeMs.high >>> 0).toNumber();
                if (object.heartbeatIntervalMs != null)
                    if ($Number(object.heartbeatIntervalMs) !== 0)
                        message.heartbeatIntervalMs = object.heartbeatIntervalMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.Welcome
             * @static
             * @param {parley.v1.Welcome} message Welcome
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Welcome.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.deviceId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.cursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.serverTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.serverTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.heartbeatIntervalMs = 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, true).toBigInt();
                    else if (typeof message.cursor === "number")
                        object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                    else
                        object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber(true) : message.cursor;
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.serverTimeMs = typeof message.serverTimeMs === "number" ? $BigInt(message.serverTimeMs) : $util.Long.fromBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.serverTimeMs === "number")
                        object.serverTimeMs = options.longs === $String ? $String(message.serverTimeMs) : message.serverTimeMs;
                    else
                        object.serverTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTimeMs) : options.longs === $Number ? new $util.LongBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0).toNumber() : message.serverTimeMs;
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    object.heartbeatIntervalMs = message.heartbeatIntervalMs;
                return object;
            };

            /**
             * Converts this Welcome to JSON.
             * @function toJSON
             * @memberof parley.v1.Welcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Welcome.prototype.toJSON = function() {
                return Welcome.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Welcome
             * @function getTypeUrl
             * @memberof parley.v1.Welcome
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Welcome.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Welcome";
            };

            return Welcome;
        })();

        v1.CaughtUp = (function() {

            /**
             * Properties of a CaughtUp.
             * @typedef {Object} parley.v1.CaughtUp.$Properties
             * @property {number|null} [cursor] CaughtUp cursor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CaughtUp.
             * @memberof parley.v1
             * @interface ICaughtUp
             * @augments parley.v1.CaughtUp.$Properties
             * @deprecated Use parley.v1.CaughtUp.$Properties instead.
             */

            /**
             * Shape of a CaughtUp.
             * @typedef {parley.v1.CaughtUp.$Properties} parley.v1.CaughtUp.$Shape
             */

            /**
             * Constructs a new CaughtUp.
             * @memberof parley.v1
             * @classdesc Represents a CaughtUp.
             * @constructor
             * @param {parley.v1.CaughtUp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CaughtUp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CaughtUp cursor.
             * @member {number} cursor
             * @memberof parley.v1.CaughtUp
             * @instance
             */
            CaughtUp.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new CaughtUp instance using the specified properties.
             * @function create
             * @memberof parley.v1.CaughtUp
             * @static
             * @param {parley.v1.CaughtUp.$Properties=} [properties] Properties to set
             * @returns {parley.v1.CaughtUp} CaughtUp instance
             * @type {{
             *   (properties: parley.v1.CaughtUp.$Shape): parley.v1.CaughtUp & parley.v1.CaughtUp.$Shape;
             *   (properties?: parley.v1.CaughtUp.$Properties): parley.v1.CaughtUp;
             * }}
             */
            CaughtUp.create = function(properties) {
                return new CaughtUp(properties);
            };

            /**
             * Encodes the specified CaughtUp message. Does not implicitly {@link parley.v1.CaughtUp.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.CaughtUp
             * @static
             * @param {parley.v1.CaughtUp.$Properties} message CaughtUp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CaughtUp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && (typeof message.cursor === "object" ? message.cursor.low || message.cursor.high : message.cursor !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CaughtUp message, length delimited. Does not implicitly {@link parley.v1.CaughtUp.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.CaughtUp
             * @static
             * @param {parley.v1.CaughtUp.$Properties} message CaughtUp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CaughtUp.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CaughtUp message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.CaughtUp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.CaughtUp & parley.v1.CaughtUp.$Shape} CaughtUp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CaughtUp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.CaughtUp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CaughtUp message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.CaughtUp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.CaughtUp & parley.v1.CaughtUp.$Shape} CaughtUp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CaughtUp.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CaughtUp message.
             * @function verify
             * @memberof parley.v1.CaughtUp
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CaughtUp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (!$util.isInteger(message.cursor) && !(message.cursor && $util.isInteger(message.cursor.low) && $util.isInteger(message.cursor.high)))
                        return "cursor: integer|Long expected";
                return null;
            };

            /**
             * Creates a CaughtUp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.CaughtUp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.CaughtUp} CaughtUp
             */
            CaughtUp.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.CaughtUp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.CaughtUp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.CaughtUp();
                if (object.cursor != null)
                    if (typeof object.cursor === "object" ? object.cursor.low || object.cursor.high : $Number(object.cursor) !== 0)
                        if ($util.Long)
                            message.cursor = $util.Long.fromValue(object.cursor, true);
                        else if (typeof object.cursor === "string")
                            message.cursor = $parseInt(object.cursor, 10);
                        else if (typeof object.cursor === "number")
                            message.cursor = object.cursor;
                        else if (typeof object.cursor === "object")
                            message.cursor = new $util.LongBits(object.cursor.low >>> 0, object.cursor.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a CaughtUp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.CaughtUp
             * @static
             * @param {parley.v1.CaughtUp} message CaughtUp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CaughtUp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.cursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, true).toBigInt();
                    else if (typeof message.cursor === "number")
                        object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                    else
                        object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber(true) : message.cursor;
                return object;
            };

            /**
             * Converts this CaughtUp to JSON.
             * @function toJSON
             * @memberof parley.v1.CaughtUp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CaughtUp.prototype.toJSON = function() {
                return CaughtUp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CaughtUp
             * @function getTypeUrl
             * @memberof parley.v1.CaughtUp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CaughtUp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.CaughtUp";
            };

            return CaughtUp;
        })();

        v1.Resync = (function() {

            /**
             * Properties of a Resync.
             * @typedef {Object} parley.v1.Resync.$Properties
             * @property {number|null} [cursor] Resync cursor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Resync.
             * @memberof parley.v1
             * @interface IResync
             * @augments parley.v1.Resync.$Properties
             * @deprecated Use parley.v1.Resync.$Properties instead.
             */

            /**
             * Shape of a Resync.
             * @typedef {parley.v1.Resync.$Properties} parley.v1.Resync.$Shape
             */

            /**
             * Constructs a new Resync.
             * @memberof parley.v1
             * @classdesc Represents a Resync.
             * @constructor
             * @param {parley.v1.Resync.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Resync = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Resync cursor.
             * @member {number} cursor
             * @memberof parley.v1.Resync
             * @instance
             */
            Resync.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Resync instance using the specified properties.
             * @function create
             * @memberof parley.v1.Resync
             * @static
             * @param {parley.v1.Resync.$Properties=} [properties] Properties to set
             * @returns {parley.v1.Resync} Resync instance
             * @type {{
             *   (properties: parley.v1.Resync.$Shape): parley.v1.Resync & parley.v1.Resync.$Shape;
             *   (properties?: parley.v1.Resync.$Properties): parley.v1.Resync;
             * }}
             */
            Resync.create = function(properties) {
                return new Resync(properties);
            };

            /**
             * Encodes the specified Resync message. Does not implicitly {@link parley.v1.Resync.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.Resync
             * @static
             * @param {parley.v1.Resync.$Properties} message Resync message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resync.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && (typeof message.cursor === "object" ? message.cursor.low || message.cursor.high : message.cursor !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Resync message, length delimited. Does not implicitly {@link parley.v1.Resync.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.Resync
             * @static
             * @param {parley.v1.Resync.$Properties} message Resync message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resync.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Resync message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.Resync
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.Resync & parley.v1.Resync.$Shape} Resync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resync.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Resync();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Resync message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.Resync
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.Resync & parley.v1.Resync.$Shape} Resync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resync.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Resync message.
             * @function verify
             * @memberof parley.v1.Resync
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Resync.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (!$util.isInteger(message.cursor) && !(message.cursor && $util.isInteger(message.cursor.low) && $util.isInteger(message.cursor.high)))
                        return "cursor: integer|Long expected";
                return null;
            };

            /**
             * Creates a Resync message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.Resync
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.Resync} Resync
             */
            Resync.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Resync)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Resync: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Resync();
                if (object.cursor != null)
                    if (typeof object.cursor === "object" ? object.cursor.low || object.cursor.high : $Number(object.cursor) !== 0)
                        if ($util.Long)
                            message.cursor = $util.Long.fromValue(object.cursor, true);
                        else if (typeof object.cursor === "string")
                            message.cursor = $parseInt(object.cursor, 10);
                        else if (typeof object.cursor === "number")
                            message.cursor = object.cursor;
                        else if (typeof object.cursor === "object")
                            message.cursor = new $util.LongBits(object.cursor.low >>> 0, object.cursor.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Resync message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.Resync
             * @static
             * @param {parley.v1.Resync} message Resync
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Resync.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.cursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, true).toBigInt();
                    else if (typeof message.cursor === "number")
                        object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                    else
                        object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber(true) : message.cursor;
                return object;
            };

            /**
             * Converts this Resync to JSON.
             * @function toJSON
             * @memberof parley.v1.Resync
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Resync.prototype.toJSON = function() {
                return Resync.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Resync
             * @function getTypeUrl
             * @memberof parley.v1.Resync
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Resync.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Resync";
            };

            return Resync;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} parley.v1.Error.$Properties
             * @property {string|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof parley.v1
             * @interface IError
             * @augments parley.v1.Error.$Properties
             * @deprecated Use parley.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {parley.v1.Error.$Properties} parley.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof parley.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {parley.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {string} code
             * @memberof parley.v1.Error
             * @instance
             */
            Error.prototype.code = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof parley.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof parley.v1.Error
             * @static
             * @param {parley.v1.Error.$Properties=} [properties] Properties to set
             * @returns {parley.v1.Error} Error instance
             * @type {{
             *   (properties: parley.v1.Error.$Shape): parley.v1.Error & parley.v1.Error.$Shape;
             *   (properties?: parley.v1.Error.$Properties): parley.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link parley.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof parley.v1.Error
             * @static
             * @param {parley.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link parley.v1.Error.verify|verify} messages.
             * @function encodeDelimited
             * @memberof parley.v1.Error
             * @static
             * @param {parley.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof parley.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {parley.v1.Error & parley.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.parley.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof parley.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {parley.v1.Error & parley.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof parley.v1.Error
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof parley.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {parley.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.parley.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".parley.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.parley.v1.Error();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof parley.v1.Error
             * @static
             * @param {parley.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof parley.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof parley.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/parley.v1.Error";
            };

            return Error;
        })();

        return v1;
    })();

    return parley;
})();

export {
  $root as default
};
