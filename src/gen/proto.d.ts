import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace parley. */
export namespace parley {

    /** Namespace v1. */
    namespace v1 {

        /** ConversationKind enum. */
        enum ConversationKind {

            /** CONVERSATION_KIND_UNSPECIFIED value */
            CONVERSATION_KIND_UNSPECIFIED = 0,

            /** CONVERSATION_KIND_DIRECT value */
            CONVERSATION_KIND_DIRECT = 1,

            /** CONVERSATION_KIND_GROUP value */
            CONVERSATION_KIND_GROUP = 2
        }

        /**
         * Properties of a ConversationCreated.
         * @deprecated Use parley.v1.ConversationCreated.$Properties instead.
         */
        interface IConversationCreated extends parley.v1.ConversationCreated.$Properties {
        }

        /** Represents a ConversationCreated. */
        class ConversationCreated {

            /**
             * Constructs a new ConversationCreated.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.ConversationCreated.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConversationCreated conversationId. */
            conversationId: string;

            /** ConversationCreated kind. */
            kind: parley.v1.ConversationKind;

            /** ConversationCreated memberIds. */
            memberIds: string[];

            /** ConversationCreated createdBy. */
            createdBy: string;

            /** ConversationCreated atMs. */
            atMs: number;

            /** ConversationCreated name. */
            name: string;

            /** ConversationCreated adminIds. */
            adminIds: string[];

            /** ConversationCreated memberLimit. */
            memberLimit: number;

            /** ConversationCreated shareHistory. */
            shareHistory: boolean;

            /** ConversationCreated copyLimit. */
            copyLimit: number;

            /**
             * Creates a new ConversationCreated instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConversationCreated instance
             */
            static create(properties: parley.v1.ConversationCreated.$Shape): parley.v1.ConversationCreated & parley.v1.ConversationCreated.$Shape;
            static create(properties?: parley.v1.ConversationCreated.$Properties): parley.v1.ConversationCreated;

            /**
             * Encodes the specified ConversationCreated message. Does not implicitly {@link parley.v1.ConversationCreated.verify|verify} messages.
             * @param message ConversationCreated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.ConversationCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConversationCreated message, length delimited. Does not implicitly {@link parley.v1.ConversationCreated.verify|verify} messages.
             * @param message ConversationCreated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.ConversationCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConversationCreated message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.ConversationCreated & parley.v1.ConversationCreated.$Shape} ConversationCreated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.ConversationCreated & parley.v1.ConversationCreated.$Shape;

            /**
             * Decodes a ConversationCreated message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.ConversationCreated & parley.v1.ConversationCreated.$Shape} ConversationCreated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.ConversationCreated & parley.v1.ConversationCreated.$Shape;

            /**
             * Verifies a ConversationCreated message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConversationCreated message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConversationCreated
             */
            static fromObject(object: { [k: string]: any }): parley.v1.ConversationCreated;

            /**
             * Creates a plain object from a ConversationCreated message. Also converts values to other types if specified.
             * @param message ConversationCreated
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.ConversationCreated, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConversationCreated to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConversationCreated
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConversationCreated {

            /** Properties of a ConversationCreated. */
            interface $Properties {

                /** ConversationCreated conversationId */
                conversationId?: (string|null);

                /** ConversationCreated kind */
                kind?: (parley.v1.ConversationKind|null);

                /** ConversationCreated memberIds */
                memberIds?: (string[]|null);

                /** ConversationCreated createdBy */
                createdBy?: (string|null);

                /** ConversationCreated atMs */
                atMs?: (number|null);

                /** ConversationCreated name */
                name?: (string|null);

                /** ConversationCreated adminIds */
                adminIds?: (string[]|null);

                /** ConversationCreated memberLimit */
                memberLimit?: (number|null);

                /** ConversationCreated shareHistory */
                shareHistory?: (boolean|null);

                /** ConversationCreated copyLimit */
                copyLimit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConversationCreated. */
            type $Shape = parley.v1.ConversationCreated.$Properties;
        }

        /**
         * Properties of a MessagePosted.
         * @deprecated Use parley.v1.MessagePosted.$Properties instead.
         */
        interface IMessagePosted extends parley.v1.MessagePosted.$Properties {
        }

        /** Represents a MessagePosted. */
        class MessagePosted {

            /**
             * Constructs a new MessagePosted.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MessagePosted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessagePosted messageId. */
            messageId: string;

            /** MessagePosted conversationId. */
            conversationId: string;

            /** MessagePosted senderId. */
            senderId: string;

            /** MessagePosted senderDeviceId. */
            senderDeviceId: string;

            /** MessagePosted clientMsgId. */
            clientMsgId: string;

            /** MessagePosted text. */
            text: string;

            /** MessagePosted mediaIds. */
            mediaIds: string[];

            /** MessagePosted sentAtMs. */
            sentAtMs: number;

            /** MessagePosted media. */
            media: parley.v1.MediaInfo.$Properties[];

            /** MessagePosted replyToMessageId. */
            replyToMessageId: string;

            /** MessagePosted editUntilMs. */
            editUntilMs: number;

            /** MessagePosted deleteUntilMs. */
            deleteUntilMs: number;

            /**
             * Creates a new MessagePosted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessagePosted instance
             */
            static create(properties: parley.v1.MessagePosted.$Shape): parley.v1.MessagePosted & parley.v1.MessagePosted.$Shape;
            static create(properties?: parley.v1.MessagePosted.$Properties): parley.v1.MessagePosted;

            /**
             * Encodes the specified MessagePosted message. Does not implicitly {@link parley.v1.MessagePosted.verify|verify} messages.
             * @param message MessagePosted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MessagePosted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MessagePosted message, length delimited. Does not implicitly {@link parley.v1.MessagePosted.verify|verify} messages.
             * @param message MessagePosted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MessagePosted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessagePosted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MessagePosted & parley.v1.MessagePosted.$Shape} MessagePosted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MessagePosted & parley.v1.MessagePosted.$Shape;

            /**
             * Decodes a MessagePosted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MessagePosted & parley.v1.MessagePosted.$Shape} MessagePosted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MessagePosted & parley.v1.MessagePosted.$Shape;

            /**
             * Verifies a MessagePosted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MessagePosted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MessagePosted
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MessagePosted;

            /**
             * Creates a plain object from a MessagePosted message. Also converts values to other types if specified.
             * @param message MessagePosted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MessagePosted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MessagePosted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MessagePosted
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MessagePosted {

            /** Properties of a MessagePosted. */
            interface $Properties {

                /** MessagePosted messageId */
                messageId?: (string|null);

                /** MessagePosted conversationId */
                conversationId?: (string|null);

                /** MessagePosted senderId */
                senderId?: (string|null);

                /** MessagePosted senderDeviceId */
                senderDeviceId?: (string|null);

                /** MessagePosted clientMsgId */
                clientMsgId?: (string|null);

                /** MessagePosted text */
                text?: (string|null);

                /** MessagePosted mediaIds */
                mediaIds?: (string[]|null);

                /** MessagePosted sentAtMs */
                sentAtMs?: (number|null);

                /** MessagePosted media */
                media?: (parley.v1.MediaInfo.$Properties[]|null);

                /** MessagePosted replyToMessageId */
                replyToMessageId?: (string|null);

                /** MessagePosted editUntilMs */
                editUntilMs?: (number|null);

                /** MessagePosted deleteUntilMs */
                deleteUntilMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessagePosted. */
            type $Shape = parley.v1.MessagePosted.$Properties;
        }

        /**
         * Properties of a UserRegistered.
         * @deprecated Use parley.v1.UserRegistered.$Properties instead.
         */
        interface IUserRegistered extends parley.v1.UserRegistered.$Properties {
        }

        /** Represents a UserRegistered. */
        class UserRegistered {

            /**
             * Constructs a new UserRegistered.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.UserRegistered.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserRegistered userId. */
            userId: string;

            /** UserRegistered username. */
            username: string;

            /** UserRegistered displayName. */
            displayName: string;

            /** UserRegistered email. */
            email: string;

            /** UserRegistered passwordHash. */
            passwordHash: string;

            /** UserRegistered atMs. */
            atMs: number;

            /**
             * Creates a new UserRegistered instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserRegistered instance
             */
            static create(properties: parley.v1.UserRegistered.$Shape): parley.v1.UserRegistered & parley.v1.UserRegistered.$Shape;
            static create(properties?: parley.v1.UserRegistered.$Properties): parley.v1.UserRegistered;

            /**
             * Encodes the specified UserRegistered message. Does not implicitly {@link parley.v1.UserRegistered.verify|verify} messages.
             * @param message UserRegistered message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.UserRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UserRegistered message, length delimited. Does not implicitly {@link parley.v1.UserRegistered.verify|verify} messages.
             * @param message UserRegistered message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.UserRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserRegistered message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.UserRegistered & parley.v1.UserRegistered.$Shape} UserRegistered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.UserRegistered & parley.v1.UserRegistered.$Shape;

            /**
             * Decodes a UserRegistered message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.UserRegistered & parley.v1.UserRegistered.$Shape} UserRegistered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.UserRegistered & parley.v1.UserRegistered.$Shape;

            /**
             * Verifies a UserRegistered message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UserRegistered message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserRegistered
             */
            static fromObject(object: { [k: string]: any }): parley.v1.UserRegistered;

            /**
             * Creates a plain object from a UserRegistered message. Also converts values to other types if specified.
             * @param message UserRegistered
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.UserRegistered, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserRegistered to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UserRegistered
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserRegistered {

            /** Properties of a UserRegistered. */
            interface $Properties {

                /** UserRegistered userId */
                userId?: (string|null);

                /** UserRegistered username */
                username?: (string|null);

                /** UserRegistered displayName */
                displayName?: (string|null);

                /** UserRegistered email */
                email?: (string|null);

                /** UserRegistered passwordHash */
                passwordHash?: (string|null);

                /** UserRegistered atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserRegistered. */
            type $Shape = parley.v1.UserRegistered.$Properties;
        }

        /**
         * Properties of a UserUpdated.
         * @deprecated Use parley.v1.UserUpdated.$Properties instead.
         */
        interface IUserUpdated extends parley.v1.UserUpdated.$Properties {
        }

        /** Represents a UserUpdated. */
        class UserUpdated {

            /**
             * Constructs a new UserUpdated.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.UserUpdated.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserUpdated userId. */
            userId: string;

            /** UserUpdated displayName. */
            displayName?: (string|null);

            /** UserUpdated email. */
            email?: (string|null);

            /** UserUpdated passwordHash. */
            passwordHash?: (string|null);

            /** UserUpdated atMs. */
            atMs: number;

            /** UserUpdated hideLastSeen. */
            hideLastSeen?: (boolean|null);

            /**
             * Creates a new UserUpdated instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserUpdated instance
             */
            static create(properties: parley.v1.UserUpdated.$Shape): parley.v1.UserUpdated & parley.v1.UserUpdated.$Shape;
            static create(properties?: parley.v1.UserUpdated.$Properties): parley.v1.UserUpdated;

            /**
             * Encodes the specified UserUpdated message. Does not implicitly {@link parley.v1.UserUpdated.verify|verify} messages.
             * @param message UserUpdated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.UserUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UserUpdated message, length delimited. Does not implicitly {@link parley.v1.UserUpdated.verify|verify} messages.
             * @param message UserUpdated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.UserUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserUpdated message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.UserUpdated & parley.v1.UserUpdated.$Shape} UserUpdated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.UserUpdated & parley.v1.UserUpdated.$Shape;

            /**
             * Decodes a UserUpdated message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.UserUpdated & parley.v1.UserUpdated.$Shape} UserUpdated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.UserUpdated & parley.v1.UserUpdated.$Shape;

            /**
             * Verifies a UserUpdated message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UserUpdated message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserUpdated
             */
            static fromObject(object: { [k: string]: any }): parley.v1.UserUpdated;

            /**
             * Creates a plain object from a UserUpdated message. Also converts values to other types if specified.
             * @param message UserUpdated
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.UserUpdated, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserUpdated to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UserUpdated
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserUpdated {

            /** Properties of a UserUpdated. */
            interface $Properties {

                /** UserUpdated userId */
                userId?: (string|null);

                /** UserUpdated displayName */
                displayName?: (string|null);

                /** UserUpdated email */
                email?: (string|null);

                /** UserUpdated passwordHash */
                passwordHash?: (string|null);

                /** UserUpdated atMs */
                atMs?: (number|null);

                /** UserUpdated hideLastSeen */
                hideLastSeen?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserUpdated. */
            type $Shape = parley.v1.UserUpdated.$Properties;
        }

        /**
         * Properties of a UserDeleted.
         * @deprecated Use parley.v1.UserDeleted.$Properties instead.
         */
        interface IUserDeleted extends parley.v1.UserDeleted.$Properties {
        }

        /** Represents a UserDeleted. */
        class UserDeleted {

            /**
             * Constructs a new UserDeleted.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.UserDeleted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserDeleted userId. */
            userId: string;

            /** UserDeleted atMs. */
            atMs: number;

            /**
             * Creates a new UserDeleted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserDeleted instance
             */
            static create(properties: parley.v1.UserDeleted.$Shape): parley.v1.UserDeleted & parley.v1.UserDeleted.$Shape;
            static create(properties?: parley.v1.UserDeleted.$Properties): parley.v1.UserDeleted;

            /**
             * Encodes the specified UserDeleted message. Does not implicitly {@link parley.v1.UserDeleted.verify|verify} messages.
             * @param message UserDeleted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.UserDeleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UserDeleted message, length delimited. Does not implicitly {@link parley.v1.UserDeleted.verify|verify} messages.
             * @param message UserDeleted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.UserDeleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserDeleted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.UserDeleted & parley.v1.UserDeleted.$Shape} UserDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.UserDeleted & parley.v1.UserDeleted.$Shape;

            /**
             * Decodes a UserDeleted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.UserDeleted & parley.v1.UserDeleted.$Shape} UserDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.UserDeleted & parley.v1.UserDeleted.$Shape;

            /**
             * Verifies a UserDeleted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UserDeleted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserDeleted
             */
            static fromObject(object: { [k: string]: any }): parley.v1.UserDeleted;

            /**
             * Creates a plain object from a UserDeleted message. Also converts values to other types if specified.
             * @param message UserDeleted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.UserDeleted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserDeleted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UserDeleted
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserDeleted {

            /** Properties of a UserDeleted. */
            interface $Properties {

                /** UserDeleted userId */
                userId?: (string|null);

                /** UserDeleted atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserDeleted. */
            type $Shape = parley.v1.UserDeleted.$Properties;
        }

        /**
         * Properties of a DeviceAdded.
         * @deprecated Use parley.v1.DeviceAdded.$Properties instead.
         */
        interface IDeviceAdded extends parley.v1.DeviceAdded.$Properties {
        }

        /** Represents a DeviceAdded. */
        class DeviceAdded {

            /**
             * Constructs a new DeviceAdded.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.DeviceAdded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceAdded userId. */
            userId: string;

            /** DeviceAdded deviceId. */
            deviceId: string;

            /** DeviceAdded name. */
            name: string;

            /** DeviceAdded atMs. */
            atMs: number;

            /**
             * Creates a new DeviceAdded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceAdded instance
             */
            static create(properties: parley.v1.DeviceAdded.$Shape): parley.v1.DeviceAdded & parley.v1.DeviceAdded.$Shape;
            static create(properties?: parley.v1.DeviceAdded.$Properties): parley.v1.DeviceAdded;

            /**
             * Encodes the specified DeviceAdded message. Does not implicitly {@link parley.v1.DeviceAdded.verify|verify} messages.
             * @param message DeviceAdded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.DeviceAdded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceAdded message, length delimited. Does not implicitly {@link parley.v1.DeviceAdded.verify|verify} messages.
             * @param message DeviceAdded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.DeviceAdded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceAdded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.DeviceAdded & parley.v1.DeviceAdded.$Shape} DeviceAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.DeviceAdded & parley.v1.DeviceAdded.$Shape;

            /**
             * Decodes a DeviceAdded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.DeviceAdded & parley.v1.DeviceAdded.$Shape} DeviceAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.DeviceAdded & parley.v1.DeviceAdded.$Shape;

            /**
             * Verifies a DeviceAdded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceAdded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceAdded
             */
            static fromObject(object: { [k: string]: any }): parley.v1.DeviceAdded;

            /**
             * Creates a plain object from a DeviceAdded message. Also converts values to other types if specified.
             * @param message DeviceAdded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.DeviceAdded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceAdded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceAdded
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceAdded {

            /** Properties of a DeviceAdded. */
            interface $Properties {

                /** DeviceAdded userId */
                userId?: (string|null);

                /** DeviceAdded deviceId */
                deviceId?: (string|null);

                /** DeviceAdded name */
                name?: (string|null);

                /** DeviceAdded atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceAdded. */
            type $Shape = parley.v1.DeviceAdded.$Properties;
        }

        /**
         * Properties of a MembersAdded.
         * @deprecated Use parley.v1.MembersAdded.$Properties instead.
         */
        interface IMembersAdded extends parley.v1.MembersAdded.$Properties {
        }

        /** Represents a MembersAdded. */
        class MembersAdded {

            /**
             * Constructs a new MembersAdded.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MembersAdded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MembersAdded conversationId. */
            conversationId: string;

            /** MembersAdded byUserId. */
            byUserId: string;

            /** MembersAdded userIds. */
            userIds: string[];

            /** MembersAdded atMs. */
            atMs: number;

            /**
             * Creates a new MembersAdded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MembersAdded instance
             */
            static create(properties: parley.v1.MembersAdded.$Shape): parley.v1.MembersAdded & parley.v1.MembersAdded.$Shape;
            static create(properties?: parley.v1.MembersAdded.$Properties): parley.v1.MembersAdded;

            /**
             * Encodes the specified MembersAdded message. Does not implicitly {@link parley.v1.MembersAdded.verify|verify} messages.
             * @param message MembersAdded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MembersAdded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MembersAdded message, length delimited. Does not implicitly {@link parley.v1.MembersAdded.verify|verify} messages.
             * @param message MembersAdded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MembersAdded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MembersAdded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MembersAdded & parley.v1.MembersAdded.$Shape} MembersAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MembersAdded & parley.v1.MembersAdded.$Shape;

            /**
             * Decodes a MembersAdded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MembersAdded & parley.v1.MembersAdded.$Shape} MembersAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MembersAdded & parley.v1.MembersAdded.$Shape;

            /**
             * Verifies a MembersAdded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MembersAdded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MembersAdded
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MembersAdded;

            /**
             * Creates a plain object from a MembersAdded message. Also converts values to other types if specified.
             * @param message MembersAdded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MembersAdded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MembersAdded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MembersAdded
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MembersAdded {

            /** Properties of a MembersAdded. */
            interface $Properties {

                /** MembersAdded conversationId */
                conversationId?: (string|null);

                /** MembersAdded byUserId */
                byUserId?: (string|null);

                /** MembersAdded userIds */
                userIds?: (string[]|null);

                /** MembersAdded atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MembersAdded. */
            type $Shape = parley.v1.MembersAdded.$Properties;
        }

        /**
         * Properties of a MemberRemoved.
         * @deprecated Use parley.v1.MemberRemoved.$Properties instead.
         */
        interface IMemberRemoved extends parley.v1.MemberRemoved.$Properties {
        }

        /** Represents a MemberRemoved. */
        class MemberRemoved {

            /**
             * Constructs a new MemberRemoved.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MemberRemoved.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberRemoved conversationId. */
            conversationId: string;

            /** MemberRemoved byUserId. */
            byUserId: string;

            /** MemberRemoved userId. */
            userId: string;

            /** MemberRemoved atMs. */
            atMs: number;

            /**
             * Creates a new MemberRemoved instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemberRemoved instance
             */
            static create(properties: parley.v1.MemberRemoved.$Shape): parley.v1.MemberRemoved & parley.v1.MemberRemoved.$Shape;
            static create(properties?: parley.v1.MemberRemoved.$Properties): parley.v1.MemberRemoved;

            /**
             * Encodes the specified MemberRemoved message. Does not implicitly {@link parley.v1.MemberRemoved.verify|verify} messages.
             * @param message MemberRemoved message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MemberRemoved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MemberRemoved message, length delimited. Does not implicitly {@link parley.v1.MemberRemoved.verify|verify} messages.
             * @param message MemberRemoved message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MemberRemoved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberRemoved message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MemberRemoved & parley.v1.MemberRemoved.$Shape} MemberRemoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MemberRemoved & parley.v1.MemberRemoved.$Shape;

            /**
             * Decodes a MemberRemoved message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MemberRemoved & parley.v1.MemberRemoved.$Shape} MemberRemoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MemberRemoved & parley.v1.MemberRemoved.$Shape;

            /**
             * Verifies a MemberRemoved message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MemberRemoved message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemberRemoved
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MemberRemoved;

            /**
             * Creates a plain object from a MemberRemoved message. Also converts values to other types if specified.
             * @param message MemberRemoved
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MemberRemoved, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemberRemoved to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemberRemoved
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberRemoved {

            /** Properties of a MemberRemoved. */
            interface $Properties {

                /** MemberRemoved conversationId */
                conversationId?: (string|null);

                /** MemberRemoved byUserId */
                byUserId?: (string|null);

                /** MemberRemoved userId */
                userId?: (string|null);

                /** MemberRemoved atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberRemoved. */
            type $Shape = parley.v1.MemberRemoved.$Properties;
        }

        /**
         * Properties of a ConversationRenamed.
         * @deprecated Use parley.v1.ConversationRenamed.$Properties instead.
         */
        interface IConversationRenamed extends parley.v1.ConversationRenamed.$Properties {
        }

        /** Represents a ConversationRenamed. */
        class ConversationRenamed {

            /**
             * Constructs a new ConversationRenamed.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.ConversationRenamed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConversationRenamed conversationId. */
            conversationId: string;

            /** ConversationRenamed byUserId. */
            byUserId: string;

            /** ConversationRenamed name. */
            name: string;

            /** ConversationRenamed atMs. */
            atMs: number;

            /**
             * Creates a new ConversationRenamed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConversationRenamed instance
             */
            static create(properties: parley.v1.ConversationRenamed.$Shape): parley.v1.ConversationRenamed & parley.v1.ConversationRenamed.$Shape;
            static create(properties?: parley.v1.ConversationRenamed.$Properties): parley.v1.ConversationRenamed;

            /**
             * Encodes the specified ConversationRenamed message. Does not implicitly {@link parley.v1.ConversationRenamed.verify|verify} messages.
             * @param message ConversationRenamed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.ConversationRenamed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConversationRenamed message, length delimited. Does not implicitly {@link parley.v1.ConversationRenamed.verify|verify} messages.
             * @param message ConversationRenamed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.ConversationRenamed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConversationRenamed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.ConversationRenamed & parley.v1.ConversationRenamed.$Shape} ConversationRenamed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.ConversationRenamed & parley.v1.ConversationRenamed.$Shape;

            /**
             * Decodes a ConversationRenamed message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.ConversationRenamed & parley.v1.ConversationRenamed.$Shape} ConversationRenamed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.ConversationRenamed & parley.v1.ConversationRenamed.$Shape;

            /**
             * Verifies a ConversationRenamed message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConversationRenamed message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConversationRenamed
             */
            static fromObject(object: { [k: string]: any }): parley.v1.ConversationRenamed;

            /**
             * Creates a plain object from a ConversationRenamed message. Also converts values to other types if specified.
             * @param message ConversationRenamed
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.ConversationRenamed, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConversationRenamed to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConversationRenamed
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConversationRenamed {

            /** Properties of a ConversationRenamed. */
            interface $Properties {

                /** ConversationRenamed conversationId */
                conversationId?: (string|null);

                /** ConversationRenamed byUserId */
                byUserId?: (string|null);

                /** ConversationRenamed name */
                name?: (string|null);

                /** ConversationRenamed atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConversationRenamed. */
            type $Shape = parley.v1.ConversationRenamed.$Properties;
        }

        /** MemberRole enum. */
        enum MemberRole {

            /** MEMBER_ROLE_UNSPECIFIED value */
            MEMBER_ROLE_UNSPECIFIED = 0,

            /** MEMBER_ROLE_MEMBER value */
            MEMBER_ROLE_MEMBER = 1,

            /** MEMBER_ROLE_ADMIN value */
            MEMBER_ROLE_ADMIN = 2
        }

        /**
         * Properties of a MemberRoleChanged.
         * @deprecated Use parley.v1.MemberRoleChanged.$Properties instead.
         */
        interface IMemberRoleChanged extends parley.v1.MemberRoleChanged.$Properties {
        }

        /** Represents a MemberRoleChanged. */
        class MemberRoleChanged {

            /**
             * Constructs a new MemberRoleChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MemberRoleChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberRoleChanged conversationId. */
            conversationId: string;

            /** MemberRoleChanged byUserId. */
            byUserId: string;

            /** MemberRoleChanged userId. */
            userId: string;

            /** MemberRoleChanged role. */
            role: parley.v1.MemberRole;

            /** MemberRoleChanged atMs. */
            atMs: number;

            /**
             * Creates a new MemberRoleChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemberRoleChanged instance
             */
            static create(properties: parley.v1.MemberRoleChanged.$Shape): parley.v1.MemberRoleChanged & parley.v1.MemberRoleChanged.$Shape;
            static create(properties?: parley.v1.MemberRoleChanged.$Properties): parley.v1.MemberRoleChanged;

            /**
             * Encodes the specified MemberRoleChanged message. Does not implicitly {@link parley.v1.MemberRoleChanged.verify|verify} messages.
             * @param message MemberRoleChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MemberRoleChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MemberRoleChanged message, length delimited. Does not implicitly {@link parley.v1.MemberRoleChanged.verify|verify} messages.
             * @param message MemberRoleChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MemberRoleChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberRoleChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MemberRoleChanged & parley.v1.MemberRoleChanged.$Shape} MemberRoleChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MemberRoleChanged & parley.v1.MemberRoleChanged.$Shape;

            /**
             * Decodes a MemberRoleChanged message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MemberRoleChanged & parley.v1.MemberRoleChanged.$Shape} MemberRoleChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MemberRoleChanged & parley.v1.MemberRoleChanged.$Shape;

            /**
             * Verifies a MemberRoleChanged message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MemberRoleChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemberRoleChanged
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MemberRoleChanged;

            /**
             * Creates a plain object from a MemberRoleChanged message. Also converts values to other types if specified.
             * @param message MemberRoleChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MemberRoleChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemberRoleChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemberRoleChanged
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberRoleChanged {

            /** Properties of a MemberRoleChanged. */
            interface $Properties {

                /** MemberRoleChanged conversationId */
                conversationId?: (string|null);

                /** MemberRoleChanged byUserId */
                byUserId?: (string|null);

                /** MemberRoleChanged userId */
                userId?: (string|null);

                /** MemberRoleChanged role */
                role?: (parley.v1.MemberRole|null);

                /** MemberRoleChanged atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberRoleChanged. */
            type $Shape = parley.v1.MemberRoleChanged.$Properties;
        }

        /**
         * Properties of a MessagesDelivered.
         * @deprecated Use parley.v1.MessagesDelivered.$Properties instead.
         */
        interface IMessagesDelivered extends parley.v1.MessagesDelivered.$Properties {
        }

        /** Represents a MessagesDelivered. */
        class MessagesDelivered {

            /**
             * Constructs a new MessagesDelivered.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MessagesDelivered.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessagesDelivered conversationId. */
            conversationId: string;

            /** MessagesDelivered userId. */
            userId: string;

            /** MessagesDelivered deviceId. */
            deviceId: string;

            /** MessagesDelivered upToSeq. */
            upToSeq: number;

            /** MessagesDelivered atMs. */
            atMs: number;

            /**
             * Creates a new MessagesDelivered instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessagesDelivered instance
             */
            static create(properties: parley.v1.MessagesDelivered.$Shape): parley.v1.MessagesDelivered & parley.v1.MessagesDelivered.$Shape;
            static create(properties?: parley.v1.MessagesDelivered.$Properties): parley.v1.MessagesDelivered;

            /**
             * Encodes the specified MessagesDelivered message. Does not implicitly {@link parley.v1.MessagesDelivered.verify|verify} messages.
             * @param message MessagesDelivered message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MessagesDelivered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MessagesDelivered message, length delimited. Does not implicitly {@link parley.v1.MessagesDelivered.verify|verify} messages.
             * @param message MessagesDelivered message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MessagesDelivered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessagesDelivered message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MessagesDelivered & parley.v1.MessagesDelivered.$Shape} MessagesDelivered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MessagesDelivered & parley.v1.MessagesDelivered.$Shape;

            /**
             * Decodes a MessagesDelivered message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MessagesDelivered & parley.v1.MessagesDelivered.$Shape} MessagesDelivered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MessagesDelivered & parley.v1.MessagesDelivered.$Shape;

            /**
             * Verifies a MessagesDelivered message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MessagesDelivered message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MessagesDelivered
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MessagesDelivered;

            /**
             * Creates a plain object from a MessagesDelivered message. Also converts values to other types if specified.
             * @param message MessagesDelivered
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MessagesDelivered, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MessagesDelivered to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MessagesDelivered
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MessagesDelivered {

            /** Properties of a MessagesDelivered. */
            interface $Properties {

                /** MessagesDelivered conversationId */
                conversationId?: (string|null);

                /** MessagesDelivered userId */
                userId?: (string|null);

                /** MessagesDelivered deviceId */
                deviceId?: (string|null);

                /** MessagesDelivered upToSeq */
                upToSeq?: (number|null);

                /** MessagesDelivered atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessagesDelivered. */
            type $Shape = parley.v1.MessagesDelivered.$Properties;
        }

        /**
         * Properties of a MessagesRead.
         * @deprecated Use parley.v1.MessagesRead.$Properties instead.
         */
        interface IMessagesRead extends parley.v1.MessagesRead.$Properties {
        }

        /** Represents a MessagesRead. */
        class MessagesRead {

            /**
             * Constructs a new MessagesRead.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MessagesRead.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessagesRead conversationId. */
            conversationId: string;

            /** MessagesRead userId. */
            userId: string;

            /** MessagesRead deviceId. */
            deviceId: string;

            /** MessagesRead upToSeq. */
            upToSeq: number;

            /** MessagesRead atMs. */
            atMs: number;

            /**
             * Creates a new MessagesRead instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessagesRead instance
             */
            static create(properties: parley.v1.MessagesRead.$Shape): parley.v1.MessagesRead & parley.v1.MessagesRead.$Shape;
            static create(properties?: parley.v1.MessagesRead.$Properties): parley.v1.MessagesRead;

            /**
             * Encodes the specified MessagesRead message. Does not implicitly {@link parley.v1.MessagesRead.verify|verify} messages.
             * @param message MessagesRead message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MessagesRead.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MessagesRead message, length delimited. Does not implicitly {@link parley.v1.MessagesRead.verify|verify} messages.
             * @param message MessagesRead message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MessagesRead.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessagesRead message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MessagesRead & parley.v1.MessagesRead.$Shape} MessagesRead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MessagesRead & parley.v1.MessagesRead.$Shape;

            /**
             * Decodes a MessagesRead message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MessagesRead & parley.v1.MessagesRead.$Shape} MessagesRead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MessagesRead & parley.v1.MessagesRead.$Shape;

            /**
             * Verifies a MessagesRead message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MessagesRead message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MessagesRead
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MessagesRead;

            /**
             * Creates a plain object from a MessagesRead message. Also converts values to other types if specified.
             * @param message MessagesRead
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MessagesRead, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MessagesRead to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MessagesRead
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MessagesRead {

            /** Properties of a MessagesRead. */
            interface $Properties {

                /** MessagesRead conversationId */
                conversationId?: (string|null);

                /** MessagesRead userId */
                userId?: (string|null);

                /** MessagesRead deviceId */
                deviceId?: (string|null);

                /** MessagesRead upToSeq */
                upToSeq?: (number|null);

                /** MessagesRead atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessagesRead. */
            type $Shape = parley.v1.MessagesRead.$Properties;
        }

        /**
         * Properties of a DeviceRevoked.
         * @deprecated Use parley.v1.DeviceRevoked.$Properties instead.
         */
        interface IDeviceRevoked extends parley.v1.DeviceRevoked.$Properties {
        }

        /** Represents a DeviceRevoked. */
        class DeviceRevoked {

            /**
             * Constructs a new DeviceRevoked.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.DeviceRevoked.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceRevoked userId. */
            userId: string;

            /** DeviceRevoked deviceId. */
            deviceId: string;

            /** DeviceRevoked byDeviceId. */
            byDeviceId: string;

            /** DeviceRevoked atMs. */
            atMs: number;

            /**
             * Creates a new DeviceRevoked instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceRevoked instance
             */
            static create(properties: parley.v1.DeviceRevoked.$Shape): parley.v1.DeviceRevoked & parley.v1.DeviceRevoked.$Shape;
            static create(properties?: parley.v1.DeviceRevoked.$Properties): parley.v1.DeviceRevoked;

            /**
             * Encodes the specified DeviceRevoked message. Does not implicitly {@link parley.v1.DeviceRevoked.verify|verify} messages.
             * @param message DeviceRevoked message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.DeviceRevoked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceRevoked message, length delimited. Does not implicitly {@link parley.v1.DeviceRevoked.verify|verify} messages.
             * @param message DeviceRevoked message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.DeviceRevoked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceRevoked message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.DeviceRevoked & parley.v1.DeviceRevoked.$Shape} DeviceRevoked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.DeviceRevoked & parley.v1.DeviceRevoked.$Shape;

            /**
             * Decodes a DeviceRevoked message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.DeviceRevoked & parley.v1.DeviceRevoked.$Shape} DeviceRevoked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.DeviceRevoked & parley.v1.DeviceRevoked.$Shape;

            /**
             * Verifies a DeviceRevoked message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceRevoked message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceRevoked
             */
            static fromObject(object: { [k: string]: any }): parley.v1.DeviceRevoked;

            /**
             * Creates a plain object from a DeviceRevoked message. Also converts values to other types if specified.
             * @param message DeviceRevoked
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.DeviceRevoked, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceRevoked to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceRevoked
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceRevoked {

            /** Properties of a DeviceRevoked. */
            interface $Properties {

                /** DeviceRevoked userId */
                userId?: (string|null);

                /** DeviceRevoked deviceId */
                deviceId?: (string|null);

                /** DeviceRevoked byDeviceId */
                byDeviceId?: (string|null);

                /** DeviceRevoked atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceRevoked. */
            type $Shape = parley.v1.DeviceRevoked.$Properties;
        }

        /** PushKind enum. */
        enum PushKind {

            /** PUSH_KIND_UNSPECIFIED value */
            PUSH_KIND_UNSPECIFIED = 0,

            /** PUSH_KIND_WEBHOOK value */
            PUSH_KIND_WEBHOOK = 1,

            /** PUSH_KIND_FCM value */
            PUSH_KIND_FCM = 2,

            /** PUSH_KIND_APNS value */
            PUSH_KIND_APNS = 3
        }

        /**
         * Properties of a PushTokenSet.
         * @deprecated Use parley.v1.PushTokenSet.$Properties instead.
         */
        interface IPushTokenSet extends parley.v1.PushTokenSet.$Properties {
        }

        /** Represents a PushTokenSet. */
        class PushTokenSet {

            /**
             * Constructs a new PushTokenSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.PushTokenSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PushTokenSet userId. */
            userId: string;

            /** PushTokenSet deviceId. */
            deviceId: string;

            /** PushTokenSet kind. */
            kind: parley.v1.PushKind;

            /** PushTokenSet token. */
            token: string;

            /** PushTokenSet atMs. */
            atMs: number;

            /**
             * Creates a new PushTokenSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PushTokenSet instance
             */
            static create(properties: parley.v1.PushTokenSet.$Shape): parley.v1.PushTokenSet & parley.v1.PushTokenSet.$Shape;
            static create(properties?: parley.v1.PushTokenSet.$Properties): parley.v1.PushTokenSet;

            /**
             * Encodes the specified PushTokenSet message. Does not implicitly {@link parley.v1.PushTokenSet.verify|verify} messages.
             * @param message PushTokenSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.PushTokenSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PushTokenSet message, length delimited. Does not implicitly {@link parley.v1.PushTokenSet.verify|verify} messages.
             * @param message PushTokenSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.PushTokenSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PushTokenSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.PushTokenSet & parley.v1.PushTokenSet.$Shape} PushTokenSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.PushTokenSet & parley.v1.PushTokenSet.$Shape;

            /**
             * Decodes a PushTokenSet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.PushTokenSet & parley.v1.PushTokenSet.$Shape} PushTokenSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.PushTokenSet & parley.v1.PushTokenSet.$Shape;

            /**
             * Verifies a PushTokenSet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PushTokenSet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PushTokenSet
             */
            static fromObject(object: { [k: string]: any }): parley.v1.PushTokenSet;

            /**
             * Creates a plain object from a PushTokenSet message. Also converts values to other types if specified.
             * @param message PushTokenSet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.PushTokenSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PushTokenSet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PushTokenSet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PushTokenSet {

            /** Properties of a PushTokenSet. */
            interface $Properties {

                /** PushTokenSet userId */
                userId?: (string|null);

                /** PushTokenSet deviceId */
                deviceId?: (string|null);

                /** PushTokenSet kind */
                kind?: (parley.v1.PushKind|null);

                /** PushTokenSet token */
                token?: (string|null);

                /** PushTokenSet atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PushTokenSet. */
            type $Shape = parley.v1.PushTokenSet.$Properties;
        }

        /**
         * Properties of a PushTokenRemoved.
         * @deprecated Use parley.v1.PushTokenRemoved.$Properties instead.
         */
        interface IPushTokenRemoved extends parley.v1.PushTokenRemoved.$Properties {
        }

        /** Represents a PushTokenRemoved. */
        class PushTokenRemoved {

            /**
             * Constructs a new PushTokenRemoved.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.PushTokenRemoved.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PushTokenRemoved userId. */
            userId: string;

            /** PushTokenRemoved deviceId. */
            deviceId: string;

            /** PushTokenRemoved token. */
            token: string;

            /** PushTokenRemoved reason. */
            reason: string;

            /** PushTokenRemoved atMs. */
            atMs: number;

            /**
             * Creates a new PushTokenRemoved instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PushTokenRemoved instance
             */
            static create(properties: parley.v1.PushTokenRemoved.$Shape): parley.v1.PushTokenRemoved & parley.v1.PushTokenRemoved.$Shape;
            static create(properties?: parley.v1.PushTokenRemoved.$Properties): parley.v1.PushTokenRemoved;

            /**
             * Encodes the specified PushTokenRemoved message. Does not implicitly {@link parley.v1.PushTokenRemoved.verify|verify} messages.
             * @param message PushTokenRemoved message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.PushTokenRemoved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PushTokenRemoved message, length delimited. Does not implicitly {@link parley.v1.PushTokenRemoved.verify|verify} messages.
             * @param message PushTokenRemoved message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.PushTokenRemoved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PushTokenRemoved message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.PushTokenRemoved & parley.v1.PushTokenRemoved.$Shape} PushTokenRemoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.PushTokenRemoved & parley.v1.PushTokenRemoved.$Shape;

            /**
             * Decodes a PushTokenRemoved message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.PushTokenRemoved & parley.v1.PushTokenRemoved.$Shape} PushTokenRemoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.PushTokenRemoved & parley.v1.PushTokenRemoved.$Shape;

            /**
             * Verifies a PushTokenRemoved message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PushTokenRemoved message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PushTokenRemoved
             */
            static fromObject(object: { [k: string]: any }): parley.v1.PushTokenRemoved;

            /**
             * Creates a plain object from a PushTokenRemoved message. Also converts values to other types if specified.
             * @param message PushTokenRemoved
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.PushTokenRemoved, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PushTokenRemoved to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PushTokenRemoved
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PushTokenRemoved {

            /** Properties of a PushTokenRemoved. */
            interface $Properties {

                /** PushTokenRemoved userId */
                userId?: (string|null);

                /** PushTokenRemoved deviceId */
                deviceId?: (string|null);

                /** PushTokenRemoved token */
                token?: (string|null);

                /** PushTokenRemoved reason */
                reason?: (string|null);

                /** PushTokenRemoved atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PushTokenRemoved. */
            type $Shape = parley.v1.PushTokenRemoved.$Properties;
        }

        /**
         * Properties of a ConversationMuteSet.
         * @deprecated Use parley.v1.ConversationMuteSet.$Properties instead.
         */
        interface IConversationMuteSet extends parley.v1.ConversationMuteSet.$Properties {
        }

        /** Represents a ConversationMuteSet. */
        class ConversationMuteSet {

            /**
             * Constructs a new ConversationMuteSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.ConversationMuteSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConversationMuteSet userId. */
            userId: string;

            /** ConversationMuteSet conversationId. */
            conversationId: string;

            /** ConversationMuteSet muted. */
            muted: boolean;

            /** ConversationMuteSet untilMs. */
            untilMs: number;

            /** ConversationMuteSet atMs. */
            atMs: number;

            /**
             * Creates a new ConversationMuteSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConversationMuteSet instance
             */
            static create(properties: parley.v1.ConversationMuteSet.$Shape): parley.v1.ConversationMuteSet & parley.v1.ConversationMuteSet.$Shape;
            static create(properties?: parley.v1.ConversationMuteSet.$Properties): parley.v1.ConversationMuteSet;

            /**
             * Encodes the specified ConversationMuteSet message. Does not implicitly {@link parley.v1.ConversationMuteSet.verify|verify} messages.
             * @param message ConversationMuteSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.ConversationMuteSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConversationMuteSet message, length delimited. Does not implicitly {@link parley.v1.ConversationMuteSet.verify|verify} messages.
             * @param message ConversationMuteSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.ConversationMuteSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConversationMuteSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.ConversationMuteSet & parley.v1.ConversationMuteSet.$Shape} ConversationMuteSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.ConversationMuteSet & parley.v1.ConversationMuteSet.$Shape;

            /**
             * Decodes a ConversationMuteSet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.ConversationMuteSet & parley.v1.ConversationMuteSet.$Shape} ConversationMuteSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.ConversationMuteSet & parley.v1.ConversationMuteSet.$Shape;

            /**
             * Verifies a ConversationMuteSet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConversationMuteSet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConversationMuteSet
             */
            static fromObject(object: { [k: string]: any }): parley.v1.ConversationMuteSet;

            /**
             * Creates a plain object from a ConversationMuteSet message. Also converts values to other types if specified.
             * @param message ConversationMuteSet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.ConversationMuteSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConversationMuteSet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConversationMuteSet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConversationMuteSet {

            /** Properties of a ConversationMuteSet. */
            interface $Properties {

                /** ConversationMuteSet userId */
                userId?: (string|null);

                /** ConversationMuteSet conversationId */
                conversationId?: (string|null);

                /** ConversationMuteSet muted */
                muted?: (boolean|null);

                /** ConversationMuteSet untilMs */
                untilMs?: (number|null);

                /** ConversationMuteSet atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConversationMuteSet. */
            type $Shape = parley.v1.ConversationMuteSet.$Properties;
        }

        /** MediaKind enum. */
        enum MediaKind {

            /** MEDIA_KIND_UNSPECIFIED value */
            MEDIA_KIND_UNSPECIFIED = 0,

            /** MEDIA_KIND_IMAGE value */
            MEDIA_KIND_IMAGE = 1,

            /** MEDIA_KIND_VIDEO value */
            MEDIA_KIND_VIDEO = 2,

            /** MEDIA_KIND_FILE value */
            MEDIA_KIND_FILE = 3
        }

        /**
         * Properties of a MediaVariant.
         * @deprecated Use parley.v1.MediaVariant.$Properties instead.
         */
        interface IMediaVariant extends parley.v1.MediaVariant.$Properties {
        }

        /** Represents a MediaVariant. */
        class MediaVariant {

            /**
             * Constructs a new MediaVariant.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MediaVariant.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MediaVariant name. */
            name: string;

            /** MediaVariant contentType. */
            contentType: string;

            /** MediaVariant size. */
            size: number;

            /** MediaVariant width. */
            width: number;

            /** MediaVariant height. */
            height: number;

            /**
             * Creates a new MediaVariant instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MediaVariant instance
             */
            static create(properties: parley.v1.MediaVariant.$Shape): parley.v1.MediaVariant & parley.v1.MediaVariant.$Shape;
            static create(properties?: parley.v1.MediaVariant.$Properties): parley.v1.MediaVariant;

            /**
             * Encodes the specified MediaVariant message. Does not implicitly {@link parley.v1.MediaVariant.verify|verify} messages.
             * @param message MediaVariant message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MediaVariant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MediaVariant message, length delimited. Does not implicitly {@link parley.v1.MediaVariant.verify|verify} messages.
             * @param message MediaVariant message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MediaVariant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MediaVariant message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MediaVariant & parley.v1.MediaVariant.$Shape} MediaVariant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MediaVariant & parley.v1.MediaVariant.$Shape;

            /**
             * Decodes a MediaVariant message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MediaVariant & parley.v1.MediaVariant.$Shape} MediaVariant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MediaVariant & parley.v1.MediaVariant.$Shape;

            /**
             * Verifies a MediaVariant message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MediaVariant message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MediaVariant
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MediaVariant;

            /**
             * Creates a plain object from a MediaVariant message. Also converts values to other types if specified.
             * @param message MediaVariant
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MediaVariant, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MediaVariant to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MediaVariant
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MediaVariant {

            /** Properties of a MediaVariant. */
            interface $Properties {

                /** MediaVariant name */
                name?: (string|null);

                /** MediaVariant contentType */
                contentType?: (string|null);

                /** MediaVariant size */
                size?: (number|null);

                /** MediaVariant width */
                width?: (number|null);

                /** MediaVariant height */
                height?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MediaVariant. */
            type $Shape = parley.v1.MediaVariant.$Properties;
        }

        /**
         * Properties of a MediaInfo.
         * @deprecated Use parley.v1.MediaInfo.$Properties instead.
         */
        interface IMediaInfo extends parley.v1.MediaInfo.$Properties {
        }

        /** Represents a MediaInfo. */
        class MediaInfo {

            /**
             * Constructs a new MediaInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MediaInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MediaInfo mediaId. */
            mediaId: string;

            /** MediaInfo kind. */
            kind: parley.v1.MediaKind;

            /** MediaInfo contentType. */
            contentType: string;

            /** MediaInfo size. */
            size: number;

            /** MediaInfo width. */
            width: number;

            /** MediaInfo height. */
            height: number;

            /** MediaInfo filename. */
            filename: string;

            /** MediaInfo variants. */
            variants: parley.v1.MediaVariant.$Properties[];

            /**
             * Creates a new MediaInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MediaInfo instance
             */
            static create(properties: parley.v1.MediaInfo.$Shape): parley.v1.MediaInfo & parley.v1.MediaInfo.$Shape;
            static create(properties?: parley.v1.MediaInfo.$Properties): parley.v1.MediaInfo;

            /**
             * Encodes the specified MediaInfo message. Does not implicitly {@link parley.v1.MediaInfo.verify|verify} messages.
             * @param message MediaInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MediaInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MediaInfo message, length delimited. Does not implicitly {@link parley.v1.MediaInfo.verify|verify} messages.
             * @param message MediaInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MediaInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MediaInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MediaInfo & parley.v1.MediaInfo.$Shape} MediaInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MediaInfo & parley.v1.MediaInfo.$Shape;

            /**
             * Decodes a MediaInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MediaInfo & parley.v1.MediaInfo.$Shape} MediaInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MediaInfo & parley.v1.MediaInfo.$Shape;

            /**
             * Verifies a MediaInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MediaInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MediaInfo
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MediaInfo;

            /**
             * Creates a plain object from a MediaInfo message. Also converts values to other types if specified.
             * @param message MediaInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MediaInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MediaInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MediaInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MediaInfo {

            /** Properties of a MediaInfo. */
            interface $Properties {

                /** MediaInfo mediaId */
                mediaId?: (string|null);

                /** MediaInfo kind */
                kind?: (parley.v1.MediaKind|null);

                /** MediaInfo contentType */
                contentType?: (string|null);

                /** MediaInfo size */
                size?: (number|null);

                /** MediaInfo width */
                width?: (number|null);

                /** MediaInfo height */
                height?: (number|null);

                /** MediaInfo filename */
                filename?: (string|null);

                /** MediaInfo variants */
                variants?: (parley.v1.MediaVariant.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MediaInfo. */
            type $Shape = parley.v1.MediaInfo.$Properties;
        }

        /**
         * Properties of a MediaCreated.
         * @deprecated Use parley.v1.MediaCreated.$Properties instead.
         */
        interface IMediaCreated extends parley.v1.MediaCreated.$Properties {
        }

        /** Represents a MediaCreated. */
        class MediaCreated {

            /**
             * Constructs a new MediaCreated.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MediaCreated.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MediaCreated mediaId. */
            mediaId: string;

            /** MediaCreated conversationId. */
            conversationId: string;

            /** MediaCreated uploaderId. */
            uploaderId: string;

            /** MediaCreated uploaderDeviceId. */
            uploaderDeviceId: string;

            /** MediaCreated kind. */
            kind: parley.v1.MediaKind;

            /** MediaCreated contentType. */
            contentType: string;

            /** MediaCreated size. */
            size: number;

            /** MediaCreated filename. */
            filename: string;

            /** MediaCreated store. */
            store: string;

            /** MediaCreated uploadExpiresAtMs. */
            uploadExpiresAtMs: number;

            /** MediaCreated atMs. */
            atMs: number;

            /**
             * Creates a new MediaCreated instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MediaCreated instance
             */
            static create(properties: parley.v1.MediaCreated.$Shape): parley.v1.MediaCreated & parley.v1.MediaCreated.$Shape;
            static create(properties?: parley.v1.MediaCreated.$Properties): parley.v1.MediaCreated;

            /**
             * Encodes the specified MediaCreated message. Does not implicitly {@link parley.v1.MediaCreated.verify|verify} messages.
             * @param message MediaCreated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MediaCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MediaCreated message, length delimited. Does not implicitly {@link parley.v1.MediaCreated.verify|verify} messages.
             * @param message MediaCreated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MediaCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MediaCreated message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MediaCreated & parley.v1.MediaCreated.$Shape} MediaCreated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MediaCreated & parley.v1.MediaCreated.$Shape;

            /**
             * Decodes a MediaCreated message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MediaCreated & parley.v1.MediaCreated.$Shape} MediaCreated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MediaCreated & parley.v1.MediaCreated.$Shape;

            /**
             * Verifies a MediaCreated message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MediaCreated message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MediaCreated
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MediaCreated;

            /**
             * Creates a plain object from a MediaCreated message. Also converts values to other types if specified.
             * @param message MediaCreated
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MediaCreated, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MediaCreated to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MediaCreated
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MediaCreated {

            /** Properties of a MediaCreated. */
            interface $Properties {

                /** MediaCreated mediaId */
                mediaId?: (string|null);

                /** MediaCreated conversationId */
                conversationId?: (string|null);

                /** MediaCreated uploaderId */
                uploaderId?: (string|null);

                /** MediaCreated uploaderDeviceId */
                uploaderDeviceId?: (string|null);

                /** MediaCreated kind */
                kind?: (parley.v1.MediaKind|null);

                /** MediaCreated contentType */
                contentType?: (string|null);

                /** MediaCreated size */
                size?: (number|null);

                /** MediaCreated filename */
                filename?: (string|null);

                /** MediaCreated store */
                store?: (string|null);

                /** MediaCreated uploadExpiresAtMs */
                uploadExpiresAtMs?: (number|null);

                /** MediaCreated atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MediaCreated. */
            type $Shape = parley.v1.MediaCreated.$Properties;
        }

        /**
         * Properties of a MediaUploaded.
         * @deprecated Use parley.v1.MediaUploaded.$Properties instead.
         */
        interface IMediaUploaded extends parley.v1.MediaUploaded.$Properties {
        }

        /** Represents a MediaUploaded. */
        class MediaUploaded {

            /**
             * Constructs a new MediaUploaded.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MediaUploaded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MediaUploaded mediaId. */
            mediaId: string;

            /** MediaUploaded size. */
            size: number;

            /** MediaUploaded sniffedType. */
            sniffedType: string;

            /** MediaUploaded atMs. */
            atMs: number;

            /**
             * Creates a new MediaUploaded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MediaUploaded instance
             */
            static create(properties: parley.v1.MediaUploaded.$Shape): parley.v1.MediaUploaded & parley.v1.MediaUploaded.$Shape;
            static create(properties?: parley.v1.MediaUploaded.$Properties): parley.v1.MediaUploaded;

            /**
             * Encodes the specified MediaUploaded message. Does not implicitly {@link parley.v1.MediaUploaded.verify|verify} messages.
             * @param message MediaUploaded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MediaUploaded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MediaUploaded message, length delimited. Does not implicitly {@link parley.v1.MediaUploaded.verify|verify} messages.
             * @param message MediaUploaded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MediaUploaded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MediaUploaded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MediaUploaded & parley.v1.MediaUploaded.$Shape} MediaUploaded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MediaUploaded & parley.v1.MediaUploaded.$Shape;

            /**
             * Decodes a MediaUploaded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MediaUploaded & parley.v1.MediaUploaded.$Shape} MediaUploaded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MediaUploaded & parley.v1.MediaUploaded.$Shape;

            /**
             * Verifies a MediaUploaded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MediaUploaded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MediaUploaded
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MediaUploaded;

            /**
             * Creates a plain object from a MediaUploaded message. Also converts values to other types if specified.
             * @param message MediaUploaded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MediaUploaded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MediaUploaded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MediaUploaded
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MediaUploaded {

            /** Properties of a MediaUploaded. */
            interface $Properties {

                /** MediaUploaded mediaId */
                mediaId?: (string|null);

                /** MediaUploaded size */
                size?: (number|null);

                /** MediaUploaded sniffedType */
                sniffedType?: (string|null);

                /** MediaUploaded atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MediaUploaded. */
            type $Shape = parley.v1.MediaUploaded.$Properties;
        }

        /**
         * Properties of a MediaVerified.
         * @deprecated Use parley.v1.MediaVerified.$Properties instead.
         */
        interface IMediaVerified extends parley.v1.MediaVerified.$Properties {
        }

        /** Represents a MediaVerified. */
        class MediaVerified {

            /**
             * Constructs a new MediaVerified.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MediaVerified.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MediaVerified mediaId. */
            mediaId: string;

            /** MediaVerified contentType. */
            contentType: string;

            /** MediaVerified size. */
            size: number;

            /** MediaVerified width. */
            width: number;

            /** MediaVerified height. */
            height: number;

            /** MediaVerified atMs. */
            atMs: number;

            /**
             * Creates a new MediaVerified instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MediaVerified instance
             */
            static create(properties: parley.v1.MediaVerified.$Shape): parley.v1.MediaVerified & parley.v1.MediaVerified.$Shape;
            static create(properties?: parley.v1.MediaVerified.$Properties): parley.v1.MediaVerified;

            /**
             * Encodes the specified MediaVerified message. Does not implicitly {@link parley.v1.MediaVerified.verify|verify} messages.
             * @param message MediaVerified message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MediaVerified.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MediaVerified message, length delimited. Does not implicitly {@link parley.v1.MediaVerified.verify|verify} messages.
             * @param message MediaVerified message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MediaVerified.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MediaVerified message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MediaVerified & parley.v1.MediaVerified.$Shape} MediaVerified
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MediaVerified & parley.v1.MediaVerified.$Shape;

            /**
             * Decodes a MediaVerified message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MediaVerified & parley.v1.MediaVerified.$Shape} MediaVerified
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MediaVerified & parley.v1.MediaVerified.$Shape;

            /**
             * Verifies a MediaVerified message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MediaVerified message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MediaVerified
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MediaVerified;

            /**
             * Creates a plain object from a MediaVerified message. Also converts values to other types if specified.
             * @param message MediaVerified
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MediaVerified, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MediaVerified to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MediaVerified
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MediaVerified {

            /** Properties of a MediaVerified. */
            interface $Properties {

                /** MediaVerified mediaId */
                mediaId?: (string|null);

                /** MediaVerified contentType */
                contentType?: (string|null);

                /** MediaVerified size */
                size?: (number|null);

                /** MediaVerified width */
                width?: (number|null);

                /** MediaVerified height */
                height?: (number|null);

                /** MediaVerified atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MediaVerified. */
            type $Shape = parley.v1.MediaVerified.$Properties;
        }

        /**
         * Properties of a MediaThumbnailReady.
         * @deprecated Use parley.v1.MediaThumbnailReady.$Properties instead.
         */
        interface IMediaThumbnailReady extends parley.v1.MediaThumbnailReady.$Properties {
        }

        /** Represents a MediaThumbnailReady. */
        class MediaThumbnailReady {

            /**
             * Constructs a new MediaThumbnailReady.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MediaThumbnailReady.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MediaThumbnailReady mediaId. */
            mediaId: string;

            /** MediaThumbnailReady variants. */
            variants: parley.v1.MediaVariant.$Properties[];

            /** MediaThumbnailReady atMs. */
            atMs: number;

            /**
             * Creates a new MediaThumbnailReady instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MediaThumbnailReady instance
             */
            static create(properties: parley.v1.MediaThumbnailReady.$Shape): parley.v1.MediaThumbnailReady & parley.v1.MediaThumbnailReady.$Shape;
            static create(properties?: parley.v1.MediaThumbnailReady.$Properties): parley.v1.MediaThumbnailReady;

            /**
             * Encodes the specified MediaThumbnailReady message. Does not implicitly {@link parley.v1.MediaThumbnailReady.verify|verify} messages.
             * @param message MediaThumbnailReady message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MediaThumbnailReady.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MediaThumbnailReady message, length delimited. Does not implicitly {@link parley.v1.MediaThumbnailReady.verify|verify} messages.
             * @param message MediaThumbnailReady message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MediaThumbnailReady.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MediaThumbnailReady message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MediaThumbnailReady & parley.v1.MediaThumbnailReady.$Shape} MediaThumbnailReady
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MediaThumbnailReady & parley.v1.MediaThumbnailReady.$Shape;

            /**
             * Decodes a MediaThumbnailReady message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MediaThumbnailReady & parley.v1.MediaThumbnailReady.$Shape} MediaThumbnailReady
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MediaThumbnailReady & parley.v1.MediaThumbnailReady.$Shape;

            /**
             * Verifies a MediaThumbnailReady message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MediaThumbnailReady message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MediaThumbnailReady
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MediaThumbnailReady;

            /**
             * Creates a plain object from a MediaThumbnailReady message. Also converts values to other types if specified.
             * @param message MediaThumbnailReady
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MediaThumbnailReady, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MediaThumbnailReady to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MediaThumbnailReady
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MediaThumbnailReady {

            /** Properties of a MediaThumbnailReady. */
            interface $Properties {

                /** MediaThumbnailReady mediaId */
                mediaId?: (string|null);

                /** MediaThumbnailReady variants */
                variants?: (parley.v1.MediaVariant.$Properties[]|null);

                /** MediaThumbnailReady atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MediaThumbnailReady. */
            type $Shape = parley.v1.MediaThumbnailReady.$Properties;
        }

        /**
         * Properties of a MediaAttached.
         * @deprecated Use parley.v1.MediaAttached.$Properties instead.
         */
        interface IMediaAttached extends parley.v1.MediaAttached.$Properties {
        }

        /** Represents a MediaAttached. */
        class MediaAttached {

            /**
             * Constructs a new MediaAttached.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MediaAttached.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MediaAttached mediaId. */
            mediaId: string;

            /** MediaAttached conversationId. */
            conversationId: string;

            /** MediaAttached messageId. */
            messageId: string;

            /** MediaAttached byUserId. */
            byUserId: string;

            /** MediaAttached atMs. */
            atMs: number;

            /**
             * Creates a new MediaAttached instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MediaAttached instance
             */
            static create(properties: parley.v1.MediaAttached.$Shape): parley.v1.MediaAttached & parley.v1.MediaAttached.$Shape;
            static create(properties?: parley.v1.MediaAttached.$Properties): parley.v1.MediaAttached;

            /**
             * Encodes the specified MediaAttached message. Does not implicitly {@link parley.v1.MediaAttached.verify|verify} messages.
             * @param message MediaAttached message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MediaAttached.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MediaAttached message, length delimited. Does not implicitly {@link parley.v1.MediaAttached.verify|verify} messages.
             * @param message MediaAttached message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MediaAttached.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MediaAttached message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MediaAttached & parley.v1.MediaAttached.$Shape} MediaAttached
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MediaAttached & parley.v1.MediaAttached.$Shape;

            /**
             * Decodes a MediaAttached message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MediaAttached & parley.v1.MediaAttached.$Shape} MediaAttached
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MediaAttached & parley.v1.MediaAttached.$Shape;

            /**
             * Verifies a MediaAttached message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MediaAttached message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MediaAttached
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MediaAttached;

            /**
             * Creates a plain object from a MediaAttached message. Also converts values to other types if specified.
             * @param message MediaAttached
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MediaAttached, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MediaAttached to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MediaAttached
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MediaAttached {

            /** Properties of a MediaAttached. */
            interface $Properties {

                /** MediaAttached mediaId */
                mediaId?: (string|null);

                /** MediaAttached conversationId */
                conversationId?: (string|null);

                /** MediaAttached messageId */
                messageId?: (string|null);

                /** MediaAttached byUserId */
                byUserId?: (string|null);

                /** MediaAttached atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MediaAttached. */
            type $Shape = parley.v1.MediaAttached.$Properties;
        }

        /**
         * Properties of a MediaDeleted.
         * @deprecated Use parley.v1.MediaDeleted.$Properties instead.
         */
        interface IMediaDeleted extends parley.v1.MediaDeleted.$Properties {
        }

        /** Represents a MediaDeleted. */
        class MediaDeleted {

            /**
             * Constructs a new MediaDeleted.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MediaDeleted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MediaDeleted mediaId. */
            mediaId: string;

            /** MediaDeleted reason. */
            reason: string;

            /** MediaDeleted atMs. */
            atMs: number;

            /**
             * Creates a new MediaDeleted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MediaDeleted instance
             */
            static create(properties: parley.v1.MediaDeleted.$Shape): parley.v1.MediaDeleted & parley.v1.MediaDeleted.$Shape;
            static create(properties?: parley.v1.MediaDeleted.$Properties): parley.v1.MediaDeleted;

            /**
             * Encodes the specified MediaDeleted message. Does not implicitly {@link parley.v1.MediaDeleted.verify|verify} messages.
             * @param message MediaDeleted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MediaDeleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MediaDeleted message, length delimited. Does not implicitly {@link parley.v1.MediaDeleted.verify|verify} messages.
             * @param message MediaDeleted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MediaDeleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MediaDeleted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MediaDeleted & parley.v1.MediaDeleted.$Shape} MediaDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MediaDeleted & parley.v1.MediaDeleted.$Shape;

            /**
             * Decodes a MediaDeleted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MediaDeleted & parley.v1.MediaDeleted.$Shape} MediaDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MediaDeleted & parley.v1.MediaDeleted.$Shape;

            /**
             * Verifies a MediaDeleted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MediaDeleted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MediaDeleted
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MediaDeleted;

            /**
             * Creates a plain object from a MediaDeleted message. Also converts values to other types if specified.
             * @param message MediaDeleted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MediaDeleted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MediaDeleted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MediaDeleted
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MediaDeleted {

            /** Properties of a MediaDeleted. */
            interface $Properties {

                /** MediaDeleted mediaId */
                mediaId?: (string|null);

                /** MediaDeleted reason */
                reason?: (string|null);

                /** MediaDeleted atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MediaDeleted. */
            type $Shape = parley.v1.MediaDeleted.$Properties;
        }

        /**
         * Properties of a MessageEdited.
         * @deprecated Use parley.v1.MessageEdited.$Properties instead.
         */
        interface IMessageEdited extends parley.v1.MessageEdited.$Properties {
        }

        /** Represents a MessageEdited. */
        class MessageEdited {

            /**
             * Constructs a new MessageEdited.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MessageEdited.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessageEdited conversationId. */
            conversationId: string;

            /** MessageEdited messageId. */
            messageId: string;

            /** MessageEdited userId. */
            userId: string;

            /** MessageEdited deviceId. */
            deviceId: string;

            /** MessageEdited text. */
            text: string;

            /** MessageEdited atMs. */
            atMs: number;

            /**
             * Creates a new MessageEdited instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageEdited instance
             */
            static create(properties: parley.v1.MessageEdited.$Shape): parley.v1.MessageEdited & parley.v1.MessageEdited.$Shape;
            static create(properties?: parley.v1.MessageEdited.$Properties): parley.v1.MessageEdited;

            /**
             * Encodes the specified MessageEdited message. Does not implicitly {@link parley.v1.MessageEdited.verify|verify} messages.
             * @param message MessageEdited message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MessageEdited.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MessageEdited message, length delimited. Does not implicitly {@link parley.v1.MessageEdited.verify|verify} messages.
             * @param message MessageEdited message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MessageEdited.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageEdited message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MessageEdited & parley.v1.MessageEdited.$Shape} MessageEdited
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MessageEdited & parley.v1.MessageEdited.$Shape;

            /**
             * Decodes a MessageEdited message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MessageEdited & parley.v1.MessageEdited.$Shape} MessageEdited
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MessageEdited & parley.v1.MessageEdited.$Shape;

            /**
             * Verifies a MessageEdited message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MessageEdited message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MessageEdited
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MessageEdited;

            /**
             * Creates a plain object from a MessageEdited message. Also converts values to other types if specified.
             * @param message MessageEdited
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MessageEdited, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MessageEdited to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MessageEdited
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MessageEdited {

            /** Properties of a MessageEdited. */
            interface $Properties {

                /** MessageEdited conversationId */
                conversationId?: (string|null);

                /** MessageEdited messageId */
                messageId?: (string|null);

                /** MessageEdited userId */
                userId?: (string|null);

                /** MessageEdited deviceId */
                deviceId?: (string|null);

                /** MessageEdited text */
                text?: (string|null);

                /** MessageEdited atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessageEdited. */
            type $Shape = parley.v1.MessageEdited.$Properties;
        }

        /**
         * Properties of a MessageDeleted.
         * @deprecated Use parley.v1.MessageDeleted.$Properties instead.
         */
        interface IMessageDeleted extends parley.v1.MessageDeleted.$Properties {
        }

        /** Represents a MessageDeleted. */
        class MessageDeleted {

            /**
             * Constructs a new MessageDeleted.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MessageDeleted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessageDeleted conversationId. */
            conversationId: string;

            /** MessageDeleted messageId. */
            messageId: string;

            /** MessageDeleted userId. */
            userId: string;

            /** MessageDeleted deviceId. */
            deviceId: string;

            /** MessageDeleted atMs. */
            atMs: number;

            /**
             * Creates a new MessageDeleted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageDeleted instance
             */
            static create(properties: parley.v1.MessageDeleted.$Shape): parley.v1.MessageDeleted & parley.v1.MessageDeleted.$Shape;
            static create(properties?: parley.v1.MessageDeleted.$Properties): parley.v1.MessageDeleted;

            /**
             * Encodes the specified MessageDeleted message. Does not implicitly {@link parley.v1.MessageDeleted.verify|verify} messages.
             * @param message MessageDeleted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MessageDeleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MessageDeleted message, length delimited. Does not implicitly {@link parley.v1.MessageDeleted.verify|verify} messages.
             * @param message MessageDeleted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MessageDeleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageDeleted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MessageDeleted & parley.v1.MessageDeleted.$Shape} MessageDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MessageDeleted & parley.v1.MessageDeleted.$Shape;

            /**
             * Decodes a MessageDeleted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MessageDeleted & parley.v1.MessageDeleted.$Shape} MessageDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MessageDeleted & parley.v1.MessageDeleted.$Shape;

            /**
             * Verifies a MessageDeleted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MessageDeleted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MessageDeleted
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MessageDeleted;

            /**
             * Creates a plain object from a MessageDeleted message. Also converts values to other types if specified.
             * @param message MessageDeleted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MessageDeleted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MessageDeleted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MessageDeleted
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MessageDeleted {

            /** Properties of a MessageDeleted. */
            interface $Properties {

                /** MessageDeleted conversationId */
                conversationId?: (string|null);

                /** MessageDeleted messageId */
                messageId?: (string|null);

                /** MessageDeleted userId */
                userId?: (string|null);

                /** MessageDeleted deviceId */
                deviceId?: (string|null);

                /** MessageDeleted atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessageDeleted. */
            type $Shape = parley.v1.MessageDeleted.$Properties;
        }

        /**
         * Properties of a MessageHidden.
         * @deprecated Use parley.v1.MessageHidden.$Properties instead.
         */
        interface IMessageHidden extends parley.v1.MessageHidden.$Properties {
        }

        /** Represents a MessageHidden. */
        class MessageHidden {

            /**
             * Constructs a new MessageHidden.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MessageHidden.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessageHidden conversationId. */
            conversationId: string;

            /** MessageHidden messageId. */
            messageId: string;

            /** MessageHidden userId. */
            userId: string;

            /** MessageHidden deviceId. */
            deviceId: string;

            /** MessageHidden atMs. */
            atMs: number;

            /**
             * Creates a new MessageHidden instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageHidden instance
             */
            static create(properties: parley.v1.MessageHidden.$Shape): parley.v1.MessageHidden & parley.v1.MessageHidden.$Shape;
            static create(properties?: parley.v1.MessageHidden.$Properties): parley.v1.MessageHidden;

            /**
             * Encodes the specified MessageHidden message. Does not implicitly {@link parley.v1.MessageHidden.verify|verify} messages.
             * @param message MessageHidden message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MessageHidden.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MessageHidden message, length delimited. Does not implicitly {@link parley.v1.MessageHidden.verify|verify} messages.
             * @param message MessageHidden message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MessageHidden.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageHidden message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MessageHidden & parley.v1.MessageHidden.$Shape} MessageHidden
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MessageHidden & parley.v1.MessageHidden.$Shape;

            /**
             * Decodes a MessageHidden message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MessageHidden & parley.v1.MessageHidden.$Shape} MessageHidden
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MessageHidden & parley.v1.MessageHidden.$Shape;

            /**
             * Verifies a MessageHidden message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MessageHidden message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MessageHidden
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MessageHidden;

            /**
             * Creates a plain object from a MessageHidden message. Also converts values to other types if specified.
             * @param message MessageHidden
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MessageHidden, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MessageHidden to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MessageHidden
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MessageHidden {

            /** Properties of a MessageHidden. */
            interface $Properties {

                /** MessageHidden conversationId */
                conversationId?: (string|null);

                /** MessageHidden messageId */
                messageId?: (string|null);

                /** MessageHidden userId */
                userId?: (string|null);

                /** MessageHidden deviceId */
                deviceId?: (string|null);

                /** MessageHidden atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessageHidden. */
            type $Shape = parley.v1.MessageHidden.$Properties;
        }

        /**
         * Properties of a ReactionAdded.
         * @deprecated Use parley.v1.ReactionAdded.$Properties instead.
         */
        interface IReactionAdded extends parley.v1.ReactionAdded.$Properties {
        }

        /** Represents a ReactionAdded. */
        class ReactionAdded {

            /**
             * Constructs a new ReactionAdded.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.ReactionAdded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReactionAdded conversationId. */
            conversationId: string;

            /** ReactionAdded messageId. */
            messageId: string;

            /** ReactionAdded userId. */
            userId: string;

            /** ReactionAdded deviceId. */
            deviceId: string;

            /** ReactionAdded emoji. */
            emoji: string;

            /** ReactionAdded atMs. */
            atMs: number;

            /**
             * Creates a new ReactionAdded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReactionAdded instance
             */
            static create(properties: parley.v1.ReactionAdded.$Shape): parley.v1.ReactionAdded & parley.v1.ReactionAdded.$Shape;
            static create(properties?: parley.v1.ReactionAdded.$Properties): parley.v1.ReactionAdded;

            /**
             * Encodes the specified ReactionAdded message. Does not implicitly {@link parley.v1.ReactionAdded.verify|verify} messages.
             * @param message ReactionAdded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.ReactionAdded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReactionAdded message, length delimited. Does not implicitly {@link parley.v1.ReactionAdded.verify|verify} messages.
             * @param message ReactionAdded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.ReactionAdded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReactionAdded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.ReactionAdded & parley.v1.ReactionAdded.$Shape} ReactionAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.ReactionAdded & parley.v1.ReactionAdded.$Shape;

            /**
             * Decodes a ReactionAdded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.ReactionAdded & parley.v1.ReactionAdded.$Shape} ReactionAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.ReactionAdded & parley.v1.ReactionAdded.$Shape;

            /**
             * Verifies a ReactionAdded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReactionAdded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReactionAdded
             */
            static fromObject(object: { [k: string]: any }): parley.v1.ReactionAdded;

            /**
             * Creates a plain object from a ReactionAdded message. Also converts values to other types if specified.
             * @param message ReactionAdded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.ReactionAdded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReactionAdded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReactionAdded
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReactionAdded {

            /** Properties of a ReactionAdded. */
            interface $Properties {

                /** ReactionAdded conversationId */
                conversationId?: (string|null);

                /** ReactionAdded messageId */
                messageId?: (string|null);

                /** ReactionAdded userId */
                userId?: (string|null);

                /** ReactionAdded deviceId */
                deviceId?: (string|null);

                /** ReactionAdded emoji */
                emoji?: (string|null);

                /** ReactionAdded atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReactionAdded. */
            type $Shape = parley.v1.ReactionAdded.$Properties;
        }

        /**
         * Properties of a ReactionRemoved.
         * @deprecated Use parley.v1.ReactionRemoved.$Properties instead.
         */
        interface IReactionRemoved extends parley.v1.ReactionRemoved.$Properties {
        }

        /** Represents a ReactionRemoved. */
        class ReactionRemoved {

            /**
             * Constructs a new ReactionRemoved.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.ReactionRemoved.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReactionRemoved conversationId. */
            conversationId: string;

            /** ReactionRemoved messageId. */
            messageId: string;

            /** ReactionRemoved userId. */
            userId: string;

            /** ReactionRemoved deviceId. */
            deviceId: string;

            /** ReactionRemoved emoji. */
            emoji: string;

            /** ReactionRemoved atMs. */
            atMs: number;

            /**
             * Creates a new ReactionRemoved instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReactionRemoved instance
             */
            static create(properties: parley.v1.ReactionRemoved.$Shape): parley.v1.ReactionRemoved & parley.v1.ReactionRemoved.$Shape;
            static create(properties?: parley.v1.ReactionRemoved.$Properties): parley.v1.ReactionRemoved;

            /**
             * Encodes the specified ReactionRemoved message. Does not implicitly {@link parley.v1.ReactionRemoved.verify|verify} messages.
             * @param message ReactionRemoved message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.ReactionRemoved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReactionRemoved message, length delimited. Does not implicitly {@link parley.v1.ReactionRemoved.verify|verify} messages.
             * @param message ReactionRemoved message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.ReactionRemoved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReactionRemoved message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.ReactionRemoved & parley.v1.ReactionRemoved.$Shape} ReactionRemoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.ReactionRemoved & parley.v1.ReactionRemoved.$Shape;

            /**
             * Decodes a ReactionRemoved message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.ReactionRemoved & parley.v1.ReactionRemoved.$Shape} ReactionRemoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.ReactionRemoved & parley.v1.ReactionRemoved.$Shape;

            /**
             * Verifies a ReactionRemoved message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReactionRemoved message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReactionRemoved
             */
            static fromObject(object: { [k: string]: any }): parley.v1.ReactionRemoved;

            /**
             * Creates a plain object from a ReactionRemoved message. Also converts values to other types if specified.
             * @param message ReactionRemoved
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.ReactionRemoved, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReactionRemoved to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReactionRemoved
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReactionRemoved {

            /** Properties of a ReactionRemoved. */
            interface $Properties {

                /** ReactionRemoved conversationId */
                conversationId?: (string|null);

                /** ReactionRemoved messageId */
                messageId?: (string|null);

                /** ReactionRemoved userId */
                userId?: (string|null);

                /** ReactionRemoved deviceId */
                deviceId?: (string|null);

                /** ReactionRemoved emoji */
                emoji?: (string|null);

                /** ReactionRemoved atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReactionRemoved. */
            type $Shape = parley.v1.ReactionRemoved.$Properties;
        }

        /**
         * Properties of an Event.
         * @deprecated Use parley.v1.Event.$Properties instead.
         */
        interface IEvent extends parley.v1.Event.$Properties {
        }

        /** Represents an Event. */
        class Event {

            /**
             * Constructs a new Event.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.Event.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Event conversationCreated. */
            conversationCreated?: (parley.v1.ConversationCreated.$Properties|null);

            /** Event messagePosted. */
            messagePosted?: (parley.v1.MessagePosted.$Properties|null);

            /** Event userRegistered. */
            userRegistered?: (parley.v1.UserRegistered.$Properties|null);

            /** Event userUpdated. */
            userUpdated?: (parley.v1.UserUpdated.$Properties|null);

            /** Event userDeleted. */
            userDeleted?: (parley.v1.UserDeleted.$Properties|null);

            /** Event deviceAdded. */
            deviceAdded?: (parley.v1.DeviceAdded.$Properties|null);

            /** Event membersAdded. */
            membersAdded?: (parley.v1.MembersAdded.$Properties|null);

            /** Event memberRemoved. */
            memberRemoved?: (parley.v1.MemberRemoved.$Properties|null);

            /** Event conversationRenamed. */
            conversationRenamed?: (parley.v1.ConversationRenamed.$Properties|null);

            /** Event memberRoleChanged. */
            memberRoleChanged?: (parley.v1.MemberRoleChanged.$Properties|null);

            /** Event messagesDelivered. */
            messagesDelivered?: (parley.v1.MessagesDelivered.$Properties|null);

            /** Event messagesRead. */
            messagesRead?: (parley.v1.MessagesRead.$Properties|null);

            /** Event deviceRevoked. */
            deviceRevoked?: (parley.v1.DeviceRevoked.$Properties|null);

            /** Event pushTokenSet. */
            pushTokenSet?: (parley.v1.PushTokenSet.$Properties|null);

            /** Event pushTokenRemoved. */
            pushTokenRemoved?: (parley.v1.PushTokenRemoved.$Properties|null);

            /** Event conversationMuteSet. */
            conversationMuteSet?: (parley.v1.ConversationMuteSet.$Properties|null);

            /** Event mediaCreated. */
            mediaCreated?: (parley.v1.MediaCreated.$Properties|null);

            /** Event mediaUploaded. */
            mediaUploaded?: (parley.v1.MediaUploaded.$Properties|null);

            /** Event mediaVerified. */
            mediaVerified?: (parley.v1.MediaVerified.$Properties|null);

            /** Event mediaThumbnailReady. */
            mediaThumbnailReady?: (parley.v1.MediaThumbnailReady.$Properties|null);

            /** Event mediaAttached. */
            mediaAttached?: (parley.v1.MediaAttached.$Properties|null);

            /** Event mediaDeleted. */
            mediaDeleted?: (parley.v1.MediaDeleted.$Properties|null);

            /** Event messageEdited. */
            messageEdited?: (parley.v1.MessageEdited.$Properties|null);

            /** Event messageDeleted. */
            messageDeleted?: (parley.v1.MessageDeleted.$Properties|null);

            /** Event messageHidden. */
            messageHidden?: (parley.v1.MessageHidden.$Properties|null);

            /** Event reactionAdded. */
            reactionAdded?: (parley.v1.ReactionAdded.$Properties|null);

            /** Event reactionRemoved. */
            reactionRemoved?: (parley.v1.ReactionRemoved.$Properties|null);

            /** Event body. */
            body?: ("conversationCreated"|"messagePosted"|"userRegistered"|"userUpdated"|"userDeleted"|"deviceAdded"|"membersAdded"|"memberRemoved"|"conversationRenamed"|"memberRoleChanged"|"messagesDelivered"|"messagesRead"|"deviceRevoked"|"pushTokenSet"|"pushTokenRemoved"|"conversationMuteSet"|"mediaCreated"|"mediaUploaded"|"mediaVerified"|"mediaThumbnailReady"|"mediaAttached"|"mediaDeleted"|"messageEdited"|"messageDeleted"|"messageHidden"|"reactionAdded"|"reactionRemoved");

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            static create(properties: parley.v1.Event.$Shape): parley.v1.Event & parley.v1.Event.$Shape;
            static create(properties?: parley.v1.Event.$Properties): parley.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link parley.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link parley.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.Event & parley.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Event & parley.v1.Event.$Shape;

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.Event & parley.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.Event & parley.v1.Event.$Shape;

            /**
             * Verifies an Event message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Event
             */
            static fromObject(object: { [k: string]: any }): parley.v1.Event;

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @param message Event
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Event to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Event
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {

            /** Properties of an Event. */
            interface $Properties {

                /** Event conversationCreated */
                conversationCreated?: (parley.v1.ConversationCreated.$Properties|null);

                /** Event messagePosted */
                messagePosted?: (parley.v1.MessagePosted.$Properties|null);

                /** Event userRegistered */
                userRegistered?: (parley.v1.UserRegistered.$Properties|null);

                /** Event userUpdated */
                userUpdated?: (parley.v1.UserUpdated.$Properties|null);

                /** Event userDeleted */
                userDeleted?: (parley.v1.UserDeleted.$Properties|null);

                /** Event deviceAdded */
                deviceAdded?: (parley.v1.DeviceAdded.$Properties|null);

                /** Event membersAdded */
                membersAdded?: (parley.v1.MembersAdded.$Properties|null);

                /** Event memberRemoved */
                memberRemoved?: (parley.v1.MemberRemoved.$Properties|null);

                /** Event conversationRenamed */
                conversationRenamed?: (parley.v1.ConversationRenamed.$Properties|null);

                /** Event memberRoleChanged */
                memberRoleChanged?: (parley.v1.MemberRoleChanged.$Properties|null);

                /** Event messagesDelivered */
                messagesDelivered?: (parley.v1.MessagesDelivered.$Properties|null);

                /** Event messagesRead */
                messagesRead?: (parley.v1.MessagesRead.$Properties|null);

                /** Event deviceRevoked */
                deviceRevoked?: (parley.v1.DeviceRevoked.$Properties|null);

                /** Event pushTokenSet */
                pushTokenSet?: (parley.v1.PushTokenSet.$Properties|null);

                /** Event pushTokenRemoved */
                pushTokenRemoved?: (parley.v1.PushTokenRemoved.$Properties|null);

                /** Event conversationMuteSet */
                conversationMuteSet?: (parley.v1.ConversationMuteSet.$Properties|null);

                /** Event mediaCreated */
                mediaCreated?: (parley.v1.MediaCreated.$Properties|null);

                /** Event mediaUploaded */
                mediaUploaded?: (parley.v1.MediaUploaded.$Properties|null);

                /** Event mediaVerified */
                mediaVerified?: (parley.v1.MediaVerified.$Properties|null);

                /** Event mediaThumbnailReady */
                mediaThumbnailReady?: (parley.v1.MediaThumbnailReady.$Properties|null);

                /** Event mediaAttached */
                mediaAttached?: (parley.v1.MediaAttached.$Properties|null);

                /** Event mediaDeleted */
                mediaDeleted?: (parley.v1.MediaDeleted.$Properties|null);

                /** Event messageEdited */
                messageEdited?: (parley.v1.MessageEdited.$Properties|null);

                /** Event messageDeleted */
                messageDeleted?: (parley.v1.MessageDeleted.$Properties|null);

                /** Event messageHidden */
                messageHidden?: (parley.v1.MessageHidden.$Properties|null);

                /** Event reactionAdded */
                reactionAdded?: (parley.v1.ReactionAdded.$Properties|null);

                /** Event reactionRemoved */
                reactionRemoved?: (parley.v1.ReactionRemoved.$Properties|null);

                /** Event body */
                body?: ("conversationCreated"|"messagePosted"|"userRegistered"|"userUpdated"|"userDeleted"|"deviceAdded"|"membersAdded"|"memberRemoved"|"conversationRenamed"|"memberRoleChanged"|"messagesDelivered"|"messagesRead"|"deviceRevoked"|"pushTokenSet"|"pushTokenRemoved"|"conversationMuteSet"|"mediaCreated"|"mediaUploaded"|"mediaVerified"|"mediaThumbnailReady"|"mediaAttached"|"mediaDeleted"|"messageEdited"|"messageDeleted"|"messageHidden"|"reactionAdded"|"reactionRemoved");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Event. */
            type $Shape = {
              conversationCreated?: parley.v1.ConversationCreated.$Shape|null;
              messagePosted?: parley.v1.MessagePosted.$Shape|null;
              userRegistered?: parley.v1.UserRegistered.$Shape|null;
              userUpdated?: parley.v1.UserUpdated.$Shape|null;
              userDeleted?: parley.v1.UserDeleted.$Shape|null;
              deviceAdded?: parley.v1.DeviceAdded.$Shape|null;
              membersAdded?: parley.v1.MembersAdded.$Shape|null;
              memberRemoved?: parley.v1.MemberRemoved.$Shape|null;
              conversationRenamed?: parley.v1.ConversationRenamed.$Shape|null;
              memberRoleChanged?: parley.v1.MemberRoleChanged.$Shape|null;
              messagesDelivered?: parley.v1.MessagesDelivered.$Shape|null;
              messagesRead?: parley.v1.MessagesRead.$Shape|null;
              deviceRevoked?: parley.v1.DeviceRevoked.$Shape|null;
              pushTokenSet?: parley.v1.PushTokenSet.$Shape|null;
              pushTokenRemoved?: parley.v1.PushTokenRemoved.$Shape|null;
              conversationMuteSet?: parley.v1.ConversationMuteSet.$Shape|null;
              mediaCreated?: parley.v1.MediaCreated.$Shape|null;
              mediaUploaded?: parley.v1.MediaUploaded.$Shape|null;
              mediaVerified?: parley.v1.MediaVerified.$Shape|null;
              mediaThumbnailReady?: parley.v1.MediaThumbnailReady.$Shape|null;
              mediaAttached?: parley.v1.MediaAttached.$Shape|null;
              mediaDeleted?: parley.v1.MediaDeleted.$Shape|null;
              messageEdited?: parley.v1.MessageEdited.$Shape|null;
              messageDeleted?: parley.v1.MessageDeleted.$Shape|null;
              messageHidden?: parley.v1.MessageHidden.$Shape|null;
              reactionAdded?: parley.v1.ReactionAdded.$Shape|null;
              reactionRemoved?: parley.v1.ReactionRemoved.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "conversationCreated"; conversationCreated: parley.v1.ConversationCreated.$Shape; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "messagePosted"; conversationCreated?: null; messagePosted: parley.v1.MessagePosted.$Shape; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "userRegistered"; conversationCreated?: null; messagePosted?: null; userRegistered: parley.v1.UserRegistered.$Shape; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "userUpdated"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated: parley.v1.UserUpdated.$Shape; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "userDeleted"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted: parley.v1.UserDeleted.$Shape; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "deviceAdded"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded: parley.v1.DeviceAdded.$Shape; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "membersAdded"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded: parley.v1.MembersAdded.$Shape; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "memberRemoved"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved: parley.v1.MemberRemoved.$Shape; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "conversationRenamed"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed: parley.v1.ConversationRenamed.$Shape; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "memberRoleChanged"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged: parley.v1.MemberRoleChanged.$Shape; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "messagesDelivered"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered: parley.v1.MessagesDelivered.$Shape; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "messagesRead"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead: parley.v1.MessagesRead.$Shape; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "deviceRevoked"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked: parley.v1.DeviceRevoked.$Shape; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "pushTokenSet"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet: parley.v1.PushTokenSet.$Shape; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "pushTokenRemoved"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved: parley.v1.PushTokenRemoved.$Shape; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "conversationMuteSet"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet: parley.v1.ConversationMuteSet.$Shape; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "mediaCreated"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated: parley.v1.MediaCreated.$Shape; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "mediaUploaded"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded: parley.v1.MediaUploaded.$Shape; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "mediaVerified"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified: parley.v1.MediaVerified.$Shape; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "mediaThumbnailReady"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady: parley.v1.MediaThumbnailReady.$Shape; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "mediaAttached"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached: parley.v1.MediaAttached.$Shape; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "mediaDeleted"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted: parley.v1.MediaDeleted.$Shape; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "messageEdited"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited: parley.v1.MessageEdited.$Shape; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "messageDeleted"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted: parley.v1.MessageDeleted.$Shape; messageHidden?: null; reactionAdded?: null; reactionRemoved?: null }|{ body?: "messageHidden"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden: parley.v1.MessageHidden.$Shape; reactionAdded?: null; reactionRemoved?: null }|{ body?: "reactionAdded"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded: parley.v1.ReactionAdded.$Shape; reactionRemoved?: null }|{ body?: "reactionRemoved"; conversationCreated?: null; messagePosted?: null; userRegistered?: null; userUpdated?: null; userDeleted?: null; deviceAdded?: null; membersAdded?: null; memberRemoved?: null; conversationRenamed?: null; memberRoleChanged?: null; messagesDelivered?: null; messagesRead?: null; deviceRevoked?: null; pushTokenSet?: null; pushTokenRemoved?: null; conversationMuteSet?: null; mediaCreated?: null; mediaUploaded?: null; mediaVerified?: null; mediaThumbnailReady?: null; mediaAttached?: null; mediaDeleted?: null; messageEdited?: null; messageDeleted?: null; messageHidden?: null; reactionAdded?: null; reactionRemoved: parley.v1.ReactionRemoved.$Shape })
            );
        }

        /**
         * Properties of a ClientFrame.
         * @deprecated Use parley.v1.ClientFrame.$Properties instead.
         */
        interface IClientFrame extends parley.v1.ClientFrame.$Properties {
        }

        /** Represents a ClientFrame. */
        class ClientFrame {

            /**
             * Constructs a new ClientFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.ClientFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientFrame id. */
            id: number;

            /** ClientFrame send. */
            send?: (parley.v1.Send.$Properties|null);

            /** ClientFrame ack. */
            ack?: (parley.v1.Ack.$Properties|null);

            /** ClientFrame markRead. */
            markRead?: (parley.v1.MarkRead.$Properties|null);

            /** ClientFrame typing. */
            typing?: (parley.v1.Typing.$Properties|null);

            /** ClientFrame heartbeat. */
            heartbeat?: (parley.v1.Heartbeat.$Properties|null);

            /** ClientFrame auth. */
            auth?: (parley.v1.Auth.$Properties|null);

            /** ClientFrame editMessage. */
            editMessage?: (parley.v1.EditMessage.$Properties|null);

            /** ClientFrame deleteMessage. */
            deleteMessage?: (parley.v1.DeleteMessage.$Properties|null);

            /** ClientFrame react. */
            react?: (parley.v1.React.$Properties|null);

            /** ClientFrame body. */
            body?: ("send"|"ack"|"markRead"|"typing"|"heartbeat"|"auth"|"editMessage"|"deleteMessage"|"react");

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientFrame instance
             */
            static create(properties: parley.v1.ClientFrame.$Shape): parley.v1.ClientFrame & parley.v1.ClientFrame.$Shape;
            static create(properties?: parley.v1.ClientFrame.$Properties): parley.v1.ClientFrame;

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link parley.v1.ClientFrame.verify|verify} messages.
             * @param message ClientFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.ClientFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClientFrame message, length delimited. Does not implicitly {@link parley.v1.ClientFrame.verify|verify} messages.
             * @param message ClientFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.ClientFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.ClientFrame & parley.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.ClientFrame & parley.v1.ClientFrame.$Shape;

            /**
             * Decodes a ClientFrame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.ClientFrame & parley.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.ClientFrame & parley.v1.ClientFrame.$Shape;

            /**
             * Verifies a ClientFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClientFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClientFrame
             */
            static fromObject(object: { [k: string]: any }): parley.v1.ClientFrame;

            /**
             * Creates a plain object from a ClientFrame message. Also converts values to other types if specified.
             * @param message ClientFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.ClientFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClientFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientFrame {

            /** Properties of a ClientFrame. */
            interface $Properties {

                /** ClientFrame id */
                id?: (number|null);

                /** ClientFrame send */
                send?: (parley.v1.Send.$Properties|null);

                /** ClientFrame ack */
                ack?: (parley.v1.Ack.$Properties|null);

                /** ClientFrame markRead */
                markRead?: (parley.v1.MarkRead.$Properties|null);

                /** ClientFrame typing */
                typing?: (parley.v1.Typing.$Properties|null);

                /** ClientFrame heartbeat */
                heartbeat?: (parley.v1.Heartbeat.$Properties|null);

                /** ClientFrame auth */
                auth?: (parley.v1.Auth.$Properties|null);

                /** ClientFrame editMessage */
                editMessage?: (parley.v1.EditMessage.$Properties|null);

                /** ClientFrame deleteMessage */
                deleteMessage?: (parley.v1.DeleteMessage.$Properties|null);

                /** ClientFrame react */
                react?: (parley.v1.React.$Properties|null);

                /** ClientFrame body */
                body?: ("send"|"ack"|"markRead"|"typing"|"heartbeat"|"auth"|"editMessage"|"deleteMessage"|"react");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ClientFrame. */
            type $Shape = {
              id?: number|null;
              send?: parley.v1.Send.$Shape|null;
              ack?: parley.v1.Ack.$Shape|null;
              markRead?: parley.v1.MarkRead.$Shape|null;
              typing?: parley.v1.Typing.$Shape|null;
              heartbeat?: parley.v1.Heartbeat.$Shape|null;
              auth?: parley.v1.Auth.$Shape|null;
              editMessage?: parley.v1.EditMessage.$Shape|null;
              deleteMessage?: parley.v1.DeleteMessage.$Shape|null;
              react?: parley.v1.React.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; send?: null; ack?: null; markRead?: null; typing?: null; heartbeat?: null; auth?: null; editMessage?: null; deleteMessage?: null; react?: null }|{ body?: "send"; send: parley.v1.Send.$Shape; ack?: null; markRead?: null; typing?: null; heartbeat?: null; auth?: null; editMessage?: null; deleteMessage?: null; react?: null }|{ body?: "ack"; send?: null; ack: parley.v1.Ack.$Shape; markRead?: null; typing?: null; heartbeat?: null; auth?: null; editMessage?: null; deleteMessage?: null; react?: null }|{ body?: "markRead"; send?: null; ack?: null; markRead: parley.v1.MarkRead.$Shape; typing?: null; heartbeat?: null; auth?: null; editMessage?: null; deleteMessage?: null; react?: null }|{ body?: "typing"; send?: null; ack?: null; markRead?: null; typing: parley.v1.Typing.$Shape; heartbeat?: null; auth?: null; editMessage?: null; deleteMessage?: null; react?: null }|{ body?: "heartbeat"; send?: null; ack?: null; markRead?: null; typing?: null; heartbeat: parley.v1.Heartbeat.$Shape; auth?: null; editMessage?: null; deleteMessage?: null; react?: null }|{ body?: "auth"; send?: null; ack?: null; markRead?: null; typing?: null; heartbeat?: null; auth: parley.v1.Auth.$Shape; editMessage?: null; deleteMessage?: null; react?: null }|{ body?: "editMessage"; send?: null; ack?: null; markRead?: null; typing?: null; heartbeat?: null; auth?: null; editMessage: parley.v1.EditMessage.$Shape; deleteMessage?: null; react?: null }|{ body?: "deleteMessage"; send?: null; ack?: null; markRead?: null; typing?: null; heartbeat?: null; auth?: null; editMessage?: null; deleteMessage: parley.v1.DeleteMessage.$Shape; react?: null }|{ body?: "react"; send?: null; ack?: null; markRead?: null; typing?: null; heartbeat?: null; auth?: null; editMessage?: null; deleteMessage?: null; react: parley.v1.React.$Shape })
            );
        }

        /**
         * Properties of a ServerFrame.
         * @deprecated Use parley.v1.ServerFrame.$Properties instead.
         */
        interface IServerFrame extends parley.v1.ServerFrame.$Properties {
        }

        /** Represents a ServerFrame. */
        class ServerFrame {

            /**
             * Constructs a new ServerFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.ServerFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerFrame id. */
            id: number;

            /** ServerFrame welcome. */
            welcome?: (parley.v1.Welcome.$Properties|null);

            /** ServerFrame sent. */
            sent?: (parley.v1.Sent.$Properties|null);

            /** ServerFrame deliver. */
            deliver?: (parley.v1.Deliver.$Properties|null);

            /** ServerFrame presence. */
            presence?: (parley.v1.Presence.$Properties|null);

            /** ServerFrame typing. */
            typing?: (parley.v1.Typing.$Properties|null);

            /** ServerFrame error. */
            error?: (parley.v1.Error.$Properties|null);

            /** ServerFrame caughtUp. */
            caughtUp?: (parley.v1.CaughtUp.$Properties|null);

            /** ServerFrame resync. */
            resync?: (parley.v1.Resync.$Properties|null);

            /** ServerFrame applied. */
            applied?: (parley.v1.Applied.$Properties|null);

            /** ServerFrame body. */
            body?: ("welcome"|"sent"|"deliver"|"presence"|"typing"|"error"|"caughtUp"|"resync"|"applied");

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerFrame instance
             */
            static create(properties: parley.v1.ServerFrame.$Shape): parley.v1.ServerFrame & parley.v1.ServerFrame.$Shape;
            static create(properties?: parley.v1.ServerFrame.$Properties): parley.v1.ServerFrame;

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link parley.v1.ServerFrame.verify|verify} messages.
             * @param message ServerFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.ServerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServerFrame message, length delimited. Does not implicitly {@link parley.v1.ServerFrame.verify|verify} messages.
             * @param message ServerFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.ServerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.ServerFrame & parley.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.ServerFrame & parley.v1.ServerFrame.$Shape;

            /**
             * Decodes a ServerFrame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.ServerFrame & parley.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.ServerFrame & parley.v1.ServerFrame.$Shape;

            /**
             * Verifies a ServerFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServerFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServerFrame
             */
            static fromObject(object: { [k: string]: any }): parley.v1.ServerFrame;

            /**
             * Creates a plain object from a ServerFrame message. Also converts values to other types if specified.
             * @param message ServerFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.ServerFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServerFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServerFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerFrame {

            /** Properties of a ServerFrame. */
            interface $Properties {

                /** ServerFrame id */
                id?: (number|null);

                /** ServerFrame welcome */
                welcome?: (parley.v1.Welcome.$Properties|null);

                /** ServerFrame sent */
                sent?: (parley.v1.Sent.$Properties|null);

                /** ServerFrame deliver */
                deliver?: (parley.v1.Deliver.$Properties|null);

                /** ServerFrame presence */
                presence?: (parley.v1.Presence.$Properties|null);

                /** ServerFrame typing */
                typing?: (parley.v1.Typing.$Properties|null);

                /** ServerFrame error */
                error?: (parley.v1.Error.$Properties|null);

                /** ServerFrame caughtUp */
                caughtUp?: (parley.v1.CaughtUp.$Properties|null);

                /** ServerFrame resync */
                resync?: (parley.v1.Resync.$Properties|null);

                /** ServerFrame applied */
                applied?: (parley.v1.Applied.$Properties|null);

                /** ServerFrame body */
                body?: ("welcome"|"sent"|"deliver"|"presence"|"typing"|"error"|"caughtUp"|"resync"|"applied");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ServerFrame. */
            type $Shape = {
              id?: number|null;
              welcome?: parley.v1.Welcome.$Shape|null;
              sent?: parley.v1.Sent.$Shape|null;
              deliver?: parley.v1.Deliver.$Shape|null;
              presence?: parley.v1.Presence.$Shape|null;
              typing?: parley.v1.Typing.$Shape|null;
              error?: parley.v1.Error.$Shape|null;
              caughtUp?: parley.v1.CaughtUp.$Shape|null;
              resync?: parley.v1.Resync.$Shape|null;
              applied?: parley.v1.Applied.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; welcome?: null; sent?: null; deliver?: null; presence?: null; typing?: null; error?: null; caughtUp?: null; resync?: null; applied?: null }|{ body?: "welcome"; welcome: parley.v1.Welcome.$Shape; sent?: null; deliver?: null; presence?: null; typing?: null; error?: null; caughtUp?: null; resync?: null; applied?: null }|{ body?: "sent"; welcome?: null; sent: parley.v1.Sent.$Shape; deliver?: null; presence?: null; typing?: null; error?: null; caughtUp?: null; resync?: null; applied?: null }|{ body?: "deliver"; welcome?: null; sent?: null; deliver: parley.v1.Deliver.$Shape; presence?: null; typing?: null; error?: null; caughtUp?: null; resync?: null; applied?: null }|{ body?: "presence"; welcome?: null; sent?: null; deliver?: null; presence: parley.v1.Presence.$Shape; typing?: null; error?: null; caughtUp?: null; resync?: null; applied?: null }|{ body?: "typing"; welcome?: null; sent?: null; deliver?: null; presence?: null; typing: parley.v1.Typing.$Shape; error?: null; caughtUp?: null; resync?: null; applied?: null }|{ body?: "error"; welcome?: null; sent?: null; deliver?: null; presence?: null; typing?: null; error: parley.v1.Error.$Shape; caughtUp?: null; resync?: null; applied?: null }|{ body?: "caughtUp"; welcome?: null; sent?: null; deliver?: null; presence?: null; typing?: null; error?: null; caughtUp: parley.v1.CaughtUp.$Shape; resync?: null; applied?: null }|{ body?: "resync"; welcome?: null; sent?: null; deliver?: null; presence?: null; typing?: null; error?: null; caughtUp?: null; resync: parley.v1.Resync.$Shape; applied?: null }|{ body?: "applied"; welcome?: null; sent?: null; deliver?: null; presence?: null; typing?: null; error?: null; caughtUp?: null; resync?: null; applied: parley.v1.Applied.$Shape })
            );
        }

        /**
         * Properties of an Auth.
         * @deprecated Use parley.v1.Auth.$Properties instead.
         */
        interface IAuth extends parley.v1.Auth.$Properties {
        }

        /** Represents an Auth. */
        class Auth {

            /**
             * Constructs a new Auth.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.Auth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Auth token. */
            token: string;

            /** Auth cursor. */
            cursor?: (number|null);

            /** Auth groupPositions. */
            groupPositions: { [k: string]: number };

            /**
             * Creates a new Auth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Auth instance
             */
            static create(properties: parley.v1.Auth.$Shape): parley.v1.Auth & parley.v1.Auth.$Shape;
            static create(properties?: parley.v1.Auth.$Properties): parley.v1.Auth;

            /**
             * Encodes the specified Auth message. Does not implicitly {@link parley.v1.Auth.verify|verify} messages.
             * @param message Auth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.Auth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Auth message, length delimited. Does not implicitly {@link parley.v1.Auth.verify|verify} messages.
             * @param message Auth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.Auth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Auth message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.Auth & parley.v1.Auth.$Shape} Auth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Auth & parley.v1.Auth.$Shape;

            /**
             * Decodes an Auth message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.Auth & parley.v1.Auth.$Shape} Auth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.Auth & parley.v1.Auth.$Shape;

            /**
             * Verifies an Auth message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Auth message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Auth
             */
            static fromObject(object: { [k: string]: any }): parley.v1.Auth;

            /**
             * Creates a plain object from an Auth message. Also converts values to other types if specified.
             * @param message Auth
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.Auth, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Auth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Auth
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Auth {

            /** Properties of an Auth. */
            interface $Properties {

                /** Auth token */
                token?: (string|null);

                /** Auth cursor */
                cursor?: (number|null);

                /** Auth groupPositions */
                groupPositions?: ({ [k: string]: number }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Auth. */
            type $Shape = parley.v1.Auth.$Properties;
        }

        /**
         * Properties of a Send.
         * @deprecated Use parley.v1.Send.$Properties instead.
         */
        interface ISend extends parley.v1.Send.$Properties {
        }

        /** Represents a Send. */
        class Send {

            /**
             * Constructs a new Send.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.Send.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Send conversationId. */
            conversationId: string;

            /** Send clientMsgId. */
            clientMsgId: string;

            /** Send text. */
            text: string;

            /** Send mediaIds. */
            mediaIds: string[];

            /** Send retry. */
            retry: boolean;

            /** Send replyToMessageId. */
            replyToMessageId: string;

            /**
             * Creates a new Send instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Send instance
             */
            static create(properties: parley.v1.Send.$Shape): parley.v1.Send & parley.v1.Send.$Shape;
            static create(properties?: parley.v1.Send.$Properties): parley.v1.Send;

            /**
             * Encodes the specified Send message. Does not implicitly {@link parley.v1.Send.verify|verify} messages.
             * @param message Send message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.Send.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Send message, length delimited. Does not implicitly {@link parley.v1.Send.verify|verify} messages.
             * @param message Send message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.Send.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Send message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.Send & parley.v1.Send.$Shape} Send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Send & parley.v1.Send.$Shape;

            /**
             * Decodes a Send message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.Send & parley.v1.Send.$Shape} Send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.Send & parley.v1.Send.$Shape;

            /**
             * Verifies a Send message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Send message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Send
             */
            static fromObject(object: { [k: string]: any }): parley.v1.Send;

            /**
             * Creates a plain object from a Send message. Also converts values to other types if specified.
             * @param message Send
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.Send, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Send to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Send
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Send {

            /** Properties of a Send. */
            interface $Properties {

                /** Send conversationId */
                conversationId?: (string|null);

                /** Send clientMsgId */
                clientMsgId?: (string|null);

                /** Send text */
                text?: (string|null);

                /** Send mediaIds */
                mediaIds?: (string[]|null);

                /** Send retry */
                retry?: (boolean|null);

                /** Send replyToMessageId */
                replyToMessageId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Send. */
            type $Shape = parley.v1.Send.$Properties;
        }

        /**
         * Properties of a Sent.
         * @deprecated Use parley.v1.Sent.$Properties instead.
         */
        interface ISent extends parley.v1.Sent.$Properties {
        }

        /** Represents a Sent. */
        class Sent {

            /**
             * Constructs a new Sent.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.Sent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Sent conversationId. */
            conversationId: string;

            /** Sent clientMsgId. */
            clientMsgId: string;

            /** Sent messageId. */
            messageId: string;

            /** Sent seq. */
            seq: number;

            /** Sent sentAtMs. */
            sentAtMs: number;

            /**
             * Creates a new Sent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Sent instance
             */
            static create(properties: parley.v1.Sent.$Shape): parley.v1.Sent & parley.v1.Sent.$Shape;
            static create(properties?: parley.v1.Sent.$Properties): parley.v1.Sent;

            /**
             * Encodes the specified Sent message. Does not implicitly {@link parley.v1.Sent.verify|verify} messages.
             * @param message Sent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.Sent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Sent message, length delimited. Does not implicitly {@link parley.v1.Sent.verify|verify} messages.
             * @param message Sent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.Sent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Sent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.Sent & parley.v1.Sent.$Shape} Sent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Sent & parley.v1.Sent.$Shape;

            /**
             * Decodes a Sent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.Sent & parley.v1.Sent.$Shape} Sent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.Sent & parley.v1.Sent.$Shape;

            /**
             * Verifies a Sent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Sent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Sent
             */
            static fromObject(object: { [k: string]: any }): parley.v1.Sent;

            /**
             * Creates a plain object from a Sent message. Also converts values to other types if specified.
             * @param message Sent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.Sent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Sent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Sent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Sent {

            /** Properties of a Sent. */
            interface $Properties {

                /** Sent conversationId */
                conversationId?: (string|null);

                /** Sent clientMsgId */
                clientMsgId?: (string|null);

                /** Sent messageId */
                messageId?: (string|null);

                /** Sent seq */
                seq?: (number|null);

                /** Sent sentAtMs */
                sentAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Sent. */
            type $Shape = parley.v1.Sent.$Properties;
        }

        /**
         * Properties of a Deliver.
         * @deprecated Use parley.v1.Deliver.$Properties instead.
         */
        interface IDeliver extends parley.v1.Deliver.$Properties {
        }

        /** Represents a Deliver. */
        class Deliver {

            /**
             * Constructs a new Deliver.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.Deliver.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Deliver cursor. */
            cursor: number;

            /** Deliver event. */
            event?: (parley.v1.Event.$Properties|null);

            /** Deliver seq. */
            seq: number;

            /** Deliver originDeviceId. */
            originDeviceId: string;

            /** Deliver conversationId. */
            conversationId: string;

            /** Deliver unreadCount. */
            unreadCount?: (number|null);

            /** Deliver senderId. */
            senderId: string;

            /** Deliver largeGroup. */
            largeGroup: boolean;

            /** Deliver messageId. */
            messageId: string;

            /**
             * Creates a new Deliver instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Deliver instance
             */
            static create(properties: parley.v1.Deliver.$Shape): parley.v1.Deliver & parley.v1.Deliver.$Shape;
            static create(properties?: parley.v1.Deliver.$Properties): parley.v1.Deliver;

            /**
             * Encodes the specified Deliver message. Does not implicitly {@link parley.v1.Deliver.verify|verify} messages.
             * @param message Deliver message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.Deliver.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Deliver message, length delimited. Does not implicitly {@link parley.v1.Deliver.verify|verify} messages.
             * @param message Deliver message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.Deliver.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Deliver message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.Deliver & parley.v1.Deliver.$Shape} Deliver
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Deliver & parley.v1.Deliver.$Shape;

            /**
             * Decodes a Deliver message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.Deliver & parley.v1.Deliver.$Shape} Deliver
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.Deliver & parley.v1.Deliver.$Shape;

            /**
             * Verifies a Deliver message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Deliver message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Deliver
             */
            static fromObject(object: { [k: string]: any }): parley.v1.Deliver;

            /**
             * Creates a plain object from a Deliver message. Also converts values to other types if specified.
             * @param message Deliver
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.Deliver, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Deliver to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Deliver
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Deliver {

            /** Properties of a Deliver. */
            interface $Properties {

                /** Deliver cursor */
                cursor?: (number|null);

                /** Deliver event */
                event?: (parley.v1.Event.$Properties|null);

                /** Deliver seq */
                seq?: (number|null);

                /** Deliver originDeviceId */
                originDeviceId?: (string|null);

                /** Deliver conversationId */
                conversationId?: (string|null);

                /** Deliver unreadCount */
                unreadCount?: (number|null);

                /** Deliver senderId */
                senderId?: (string|null);

                /** Deliver largeGroup */
                largeGroup?: (boolean|null);

                /** Deliver messageId */
                messageId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Deliver. */
            type $Shape = {
              cursor?: number|null;
              event?: parley.v1.Event.$Shape|null;
              seq?: number|null;
              originDeviceId?: string|null;
              conversationId?: string|null;
              unreadCount?: number|null;
              senderId?: string|null;
              largeGroup?: boolean|null;
              messageId?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an EditMessage.
         * @deprecated Use parley.v1.EditMessage.$Properties instead.
         */
        interface IEditMessage extends parley.v1.EditMessage.$Properties {
        }

        /** Represents an EditMessage. */
        class EditMessage {

            /**
             * Constructs a new EditMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.EditMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EditMessage messageId. */
            messageId: string;

            /** EditMessage text. */
            text: string;

            /**
             * Creates a new EditMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EditMessage instance
             */
            static create(properties: parley.v1.EditMessage.$Shape): parley.v1.EditMessage & parley.v1.EditMessage.$Shape;
            static create(properties?: parley.v1.EditMessage.$Properties): parley.v1.EditMessage;

            /**
             * Encodes the specified EditMessage message. Does not implicitly {@link parley.v1.EditMessage.verify|verify} messages.
             * @param message EditMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.EditMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EditMessage message, length delimited. Does not implicitly {@link parley.v1.EditMessage.verify|verify} messages.
             * @param message EditMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.EditMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EditMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.EditMessage & parley.v1.EditMessage.$Shape} EditMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.EditMessage & parley.v1.EditMessage.$Shape;

            /**
             * Decodes an EditMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.EditMessage & parley.v1.EditMessage.$Shape} EditMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.EditMessage & parley.v1.EditMessage.$Shape;

            /**
             * Verifies an EditMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EditMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EditMessage
             */
            static fromObject(object: { [k: string]: any }): parley.v1.EditMessage;

            /**
             * Creates a plain object from an EditMessage message. Also converts values to other types if specified.
             * @param message EditMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.EditMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EditMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EditMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EditMessage {

            /** Properties of an EditMessage. */
            interface $Properties {

                /** EditMessage messageId */
                messageId?: (string|null);

                /** EditMessage text */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EditMessage. */
            type $Shape = parley.v1.EditMessage.$Properties;
        }

        /**
         * Properties of a DeleteMessage.
         * @deprecated Use parley.v1.DeleteMessage.$Properties instead.
         */
        interface IDeleteMessage extends parley.v1.DeleteMessage.$Properties {
        }

        /** Represents a DeleteMessage. */
        class DeleteMessage {

            /**
             * Constructs a new DeleteMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.DeleteMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteMessage messageId. */
            messageId: string;

            /** DeleteMessage forEveryone. */
            forEveryone: boolean;

            /**
             * Creates a new DeleteMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteMessage instance
             */
            static create(properties: parley.v1.DeleteMessage.$Shape): parley.v1.DeleteMessage & parley.v1.DeleteMessage.$Shape;
            static create(properties?: parley.v1.DeleteMessage.$Properties): parley.v1.DeleteMessage;

            /**
             * Encodes the specified DeleteMessage message. Does not implicitly {@link parley.v1.DeleteMessage.verify|verify} messages.
             * @param message DeleteMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.DeleteMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeleteMessage message, length delimited. Does not implicitly {@link parley.v1.DeleteMessage.verify|verify} messages.
             * @param message DeleteMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.DeleteMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.DeleteMessage & parley.v1.DeleteMessage.$Shape} DeleteMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.DeleteMessage & parley.v1.DeleteMessage.$Shape;

            /**
             * Decodes a DeleteMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.DeleteMessage & parley.v1.DeleteMessage.$Shape} DeleteMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.DeleteMessage & parley.v1.DeleteMessage.$Shape;

            /**
             * Verifies a DeleteMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeleteMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteMessage
             */
            static fromObject(object: { [k: string]: any }): parley.v1.DeleteMessage;

            /**
             * Creates a plain object from a DeleteMessage message. Also converts values to other types if specified.
             * @param message DeleteMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.DeleteMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteMessage {

            /** Properties of a DeleteMessage. */
            interface $Properties {

                /** DeleteMessage messageId */
                messageId?: (string|null);

                /** DeleteMessage forEveryone */
                forEveryone?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteMessage. */
            type $Shape = parley.v1.DeleteMessage.$Properties;
        }

        /**
         * Properties of a React.
         * @deprecated Use parley.v1.React.$Properties instead.
         */
        interface IReact extends parley.v1.React.$Properties {
        }

        /** Represents a React. */
        class React {

            /**
             * Constructs a new React.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.React.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** React messageId. */
            messageId: string;

            /** React emoji. */
            emoji: string;

            /** React remove. */
            remove: boolean;

            /**
             * Creates a new React instance using the specified properties.
             * @param [properties] Properties to set
             * @returns React instance
             */
            static create(properties: parley.v1.React.$Shape): parley.v1.React & parley.v1.React.$Shape;
            static create(properties?: parley.v1.React.$Properties): parley.v1.React;

            /**
             * Encodes the specified React message. Does not implicitly {@link parley.v1.React.verify|verify} messages.
             * @param message React message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.React.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified React message, length delimited. Does not implicitly {@link parley.v1.React.verify|verify} messages.
             * @param message React message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.React.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a React message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.React & parley.v1.React.$Shape} React
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.React & parley.v1.React.$Shape;

            /**
             * Decodes a React message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.React & parley.v1.React.$Shape} React
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.React & parley.v1.React.$Shape;

            /**
             * Verifies a React message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a React message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns React
             */
            static fromObject(object: { [k: string]: any }): parley.v1.React;

            /**
             * Creates a plain object from a React message. Also converts values to other types if specified.
             * @param message React
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.React, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this React to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for React
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace React {

            /** Properties of a React. */
            interface $Properties {

                /** React messageId */
                messageId?: (string|null);

                /** React emoji */
                emoji?: (string|null);

                /** React remove */
                remove?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a React. */
            type $Shape = parley.v1.React.$Properties;
        }

        /**
         * Properties of an Applied.
         * @deprecated Use parley.v1.Applied.$Properties instead.
         */
        interface IApplied extends parley.v1.Applied.$Properties {
        }

        /** Represents an Applied. */
        class Applied {

            /**
             * Constructs a new Applied.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.Applied.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Applied conversationId. */
            conversationId: string;

            /** Applied messageId. */
            messageId: string;

            /** Applied seq. */
            seq: number;

            /**
             * Creates a new Applied instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Applied instance
             */
            static create(properties: parley.v1.Applied.$Shape): parley.v1.Applied & parley.v1.Applied.$Shape;
            static create(properties?: parley.v1.Applied.$Properties): parley.v1.Applied;

            /**
             * Encodes the specified Applied message. Does not implicitly {@link parley.v1.Applied.verify|verify} messages.
             * @param message Applied message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.Applied.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Applied message, length delimited. Does not implicitly {@link parley.v1.Applied.verify|verify} messages.
             * @param message Applied message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.Applied.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Applied message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.Applied & parley.v1.Applied.$Shape} Applied
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Applied & parley.v1.Applied.$Shape;

            /**
             * Decodes an Applied message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.Applied & parley.v1.Applied.$Shape} Applied
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.Applied & parley.v1.Applied.$Shape;

            /**
             * Verifies an Applied message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Applied message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Applied
             */
            static fromObject(object: { [k: string]: any }): parley.v1.Applied;

            /**
             * Creates a plain object from an Applied message. Also converts values to other types if specified.
             * @param message Applied
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.Applied, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Applied to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Applied
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Applied {

            /** Properties of an Applied. */
            interface $Properties {

                /** Applied conversationId */
                conversationId?: (string|null);

                /** Applied messageId */
                messageId?: (string|null);

                /** Applied seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Applied. */
            type $Shape = parley.v1.Applied.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use parley.v1.Ack.$Properties instead.
         */
        interface IAck extends parley.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack cursor. */
            cursor: number;

            /** Ack conversationId. */
            conversationId: string;

            /** Ack seq. */
            seq: number;

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: parley.v1.Ack.$Shape): parley.v1.Ack & parley.v1.Ack.$Shape;
            static create(properties?: parley.v1.Ack.$Properties): parley.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link parley.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link parley.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.Ack & parley.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Ack & parley.v1.Ack.$Shape;

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.Ack & parley.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.Ack & parley.v1.Ack.$Shape;

            /**
             * Verifies an Ack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ack
             */
            static fromObject(object: { [k: string]: any }): parley.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param message Ack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack cursor */
                cursor?: (number|null);

                /** Ack conversationId */
                conversationId?: (string|null);

                /** Ack seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = parley.v1.Ack.$Properties;
        }

        /**
         * Properties of a MarkRead.
         * @deprecated Use parley.v1.MarkRead.$Properties instead.
         */
        interface IMarkRead extends parley.v1.MarkRead.$Properties {
        }

        /** Represents a MarkRead. */
        class MarkRead {

            /**
             * Constructs a new MarkRead.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.MarkRead.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MarkRead conversationId. */
            conversationId: string;

            /** MarkRead upToSeq. */
            upToSeq: number;

            /**
             * Creates a new MarkRead instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MarkRead instance
             */
            static create(properties: parley.v1.MarkRead.$Shape): parley.v1.MarkRead & parley.v1.MarkRead.$Shape;
            static create(properties?: parley.v1.MarkRead.$Properties): parley.v1.MarkRead;

            /**
             * Encodes the specified MarkRead message. Does not implicitly {@link parley.v1.MarkRead.verify|verify} messages.
             * @param message MarkRead message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.MarkRead.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MarkRead message, length delimited. Does not implicitly {@link parley.v1.MarkRead.verify|verify} messages.
             * @param message MarkRead message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.MarkRead.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MarkRead message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.MarkRead & parley.v1.MarkRead.$Shape} MarkRead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.MarkRead & parley.v1.MarkRead.$Shape;

            /**
             * Decodes a MarkRead message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.MarkRead & parley.v1.MarkRead.$Shape} MarkRead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.MarkRead & parley.v1.MarkRead.$Shape;

            /**
             * Verifies a MarkRead message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MarkRead message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MarkRead
             */
            static fromObject(object: { [k: string]: any }): parley.v1.MarkRead;

            /**
             * Creates a plain object from a MarkRead message. Also converts values to other types if specified.
             * @param message MarkRead
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.MarkRead, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MarkRead to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MarkRead
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MarkRead {

            /** Properties of a MarkRead. */
            interface $Properties {

                /** MarkRead conversationId */
                conversationId?: (string|null);

                /** MarkRead upToSeq */
                upToSeq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MarkRead. */
            type $Shape = parley.v1.MarkRead.$Properties;
        }

        /**
         * Properties of a Typing.
         * @deprecated Use parley.v1.Typing.$Properties instead.
         */
        interface ITyping extends parley.v1.Typing.$Properties {
        }

        /** Represents a Typing. */
        class Typing {

            /**
             * Constructs a new Typing.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.Typing.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Typing conversationId. */
            conversationId: string;

            /** Typing userId. */
            userId: string;

            /** Typing on. */
            on: boolean;

            /**
             * Creates a new Typing instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Typing instance
             */
            static create(properties: parley.v1.Typing.$Shape): parley.v1.Typing & parley.v1.Typing.$Shape;
            static create(properties?: parley.v1.Typing.$Properties): parley.v1.Typing;

            /**
             * Encodes the specified Typing message. Does not implicitly {@link parley.v1.Typing.verify|verify} messages.
             * @param message Typing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.Typing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Typing message, length delimited. Does not implicitly {@link parley.v1.Typing.verify|verify} messages.
             * @param message Typing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.Typing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Typing message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.Typing & parley.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Typing & parley.v1.Typing.$Shape;

            /**
             * Decodes a Typing message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.Typing & parley.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.Typing & parley.v1.Typing.$Shape;

            /**
             * Verifies a Typing message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Typing message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Typing
             */
            static fromObject(object: { [k: string]: any }): parley.v1.Typing;

            /**
             * Creates a plain object from a Typing message. Also converts values to other types if specified.
             * @param message Typing
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.Typing, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Typing to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Typing
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Typing {

            /** Properties of a Typing. */
            interface $Properties {

                /** Typing conversationId */
                conversationId?: (string|null);

                /** Typing userId */
                userId?: (string|null);

                /** Typing on */
                on?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Typing. */
            type $Shape = parley.v1.Typing.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use parley.v1.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends parley.v1.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: parley.v1.Heartbeat.$Shape): parley.v1.Heartbeat & parley.v1.Heartbeat.$Shape;
            static create(properties?: parley.v1.Heartbeat.$Properties): parley.v1.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link parley.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link parley.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.Heartbeat & parley.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Heartbeat & parley.v1.Heartbeat.$Shape;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.Heartbeat & parley.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.Heartbeat & parley.v1.Heartbeat.$Shape;

            /**
             * Verifies a Heartbeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): parley.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Heartbeat
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = parley.v1.Heartbeat.$Properties;
        }

        /**
         * Properties of a Presence.
         * @deprecated Use parley.v1.Presence.$Properties instead.
         */
        interface IPresence extends parley.v1.Presence.$Properties {
        }

        /** Represents a Presence. */
        class Presence {

            /**
             * Constructs a new Presence.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.Presence.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Presence userId. */
            userId: string;

            /** Presence online. */
            online: boolean;

            /** Presence lastSeenMs. */
            lastSeenMs: number;

            /** Presence version. */
            version: number;

            /**
             * Creates a new Presence instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Presence instance
             */
            static create(properties: parley.v1.Presence.$Shape): parley.v1.Presence & parley.v1.Presence.$Shape;
            static create(properties?: parley.v1.Presence.$Properties): parley.v1.Presence;

            /**
             * Encodes the specified Presence message. Does not implicitly {@link parley.v1.Presence.verify|verify} messages.
             * @param message Presence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Presence message, length delimited. Does not implicitly {@link parley.v1.Presence.verify|verify} messages.
             * @param message Presence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Presence message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.Presence & parley.v1.Presence.$Shape} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Presence & parley.v1.Presence.$Shape;

            /**
             * Decodes a Presence message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.Presence & parley.v1.Presence.$Shape} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.Presence & parley.v1.Presence.$Shape;

            /**
             * Verifies a Presence message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Presence message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Presence
             */
            static fromObject(object: { [k: string]: any }): parley.v1.Presence;

            /**
             * Creates a plain object from a Presence message. Also converts values to other types if specified.
             * @param message Presence
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.Presence, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Presence to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Presence
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Presence {

            /** Properties of a Presence. */
            interface $Properties {

                /** Presence userId */
                userId?: (string|null);

                /** Presence online */
                online?: (boolean|null);

                /** Presence lastSeenMs */
                lastSeenMs?: (number|null);

                /** Presence version */
                version?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Presence. */
            type $Shape = parley.v1.Presence.$Properties;
        }

        /**
         * Properties of a Welcome.
         * @deprecated Use parley.v1.Welcome.$Properties instead.
         */
        interface IWelcome extends parley.v1.Welcome.$Properties {
        }

        /** Represents a Welcome. */
        class Welcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.Welcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Welcome userId. */
            userId: string;

            /** Welcome deviceId. */
            deviceId: string;

            /** Welcome cursor. */
            cursor: number;

            /** Welcome serverTimeMs. */
            serverTimeMs: number;

            /** Welcome heartbeatIntervalMs. */
            heartbeatIntervalMs: number;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            static create(properties: parley.v1.Welcome.$Shape): parley.v1.Welcome & parley.v1.Welcome.$Shape;
            static create(properties?: parley.v1.Welcome.$Properties): parley.v1.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link parley.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Welcome message, length delimited. Does not implicitly {@link parley.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.Welcome & parley.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Welcome & parley.v1.Welcome.$Shape;

            /**
             * Decodes a Welcome message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.Welcome & parley.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.Welcome & parley.v1.Welcome.$Shape;

            /**
             * Verifies a Welcome message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Welcome
             */
            static fromObject(object: { [k: string]: any }): parley.v1.Welcome;

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @param message Welcome
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Welcome to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Welcome
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Welcome {

            /** Properties of a Welcome. */
            interface $Properties {

                /** Welcome userId */
                userId?: (string|null);

                /** Welcome deviceId */
                deviceId?: (string|null);

                /** Welcome cursor */
                cursor?: (number|null);

                /** Welcome serverTimeMs */
                serverTimeMs?: (number|null);

                /** Welcome heartbeatIntervalMs */
                heartbeatIntervalMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Welcome. */
            type $Shape = parley.v1.Welcome.$Properties;
        }

        /**
         * Properties of a CaughtUp.
         * @deprecated Use parley.v1.CaughtUp.$Properties instead.
         */
        interface ICaughtUp extends parley.v1.CaughtUp.$Properties {
        }

        /** Represents a CaughtUp. */
        class CaughtUp {

            /**
             * Constructs a new CaughtUp.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.CaughtUp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CaughtUp cursor. */
            cursor: number;

            /**
             * Creates a new CaughtUp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CaughtUp instance
             */
            static create(properties: parley.v1.CaughtUp.$Shape): parley.v1.CaughtUp & parley.v1.CaughtUp.$Shape;
            static create(properties?: parley.v1.CaughtUp.$Properties): parley.v1.CaughtUp;

            /**
             * Encodes the specified CaughtUp message. Does not implicitly {@link parley.v1.CaughtUp.verify|verify} messages.
             * @param message CaughtUp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.CaughtUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CaughtUp message, length delimited. Does not implicitly {@link parley.v1.CaughtUp.verify|verify} messages.
             * @param message CaughtUp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.CaughtUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CaughtUp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.CaughtUp & parley.v1.CaughtUp.$Shape} CaughtUp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.CaughtUp & parley.v1.CaughtUp.$Shape;

            /**
             * Decodes a CaughtUp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.CaughtUp & parley.v1.CaughtUp.$Shape} CaughtUp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.CaughtUp & parley.v1.CaughtUp.$Shape;

            /**
             * Verifies a CaughtUp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CaughtUp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CaughtUp
             */
            static fromObject(object: { [k: string]: any }): parley.v1.CaughtUp;

            /**
             * Creates a plain object from a CaughtUp message. Also converts values to other types if specified.
             * @param message CaughtUp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.CaughtUp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CaughtUp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CaughtUp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CaughtUp {

            /** Properties of a CaughtUp. */
            interface $Properties {

                /** CaughtUp cursor */
                cursor?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CaughtUp. */
            type $Shape = parley.v1.CaughtUp.$Properties;
        }

        /**
         * Properties of a Resync.
         * @deprecated Use parley.v1.Resync.$Properties instead.
         */
        interface IResync extends parley.v1.Resync.$Properties {
        }

        /** Represents a Resync. */
        class Resync {

            /**
             * Constructs a new Resync.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.Resync.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Resync cursor. */
            cursor: number;

            /**
             * Creates a new Resync instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Resync instance
             */
            static create(properties: parley.v1.Resync.$Shape): parley.v1.Resync & parley.v1.Resync.$Shape;
            static create(properties?: parley.v1.Resync.$Properties): parley.v1.Resync;

            /**
             * Encodes the specified Resync message. Does not implicitly {@link parley.v1.Resync.verify|verify} messages.
             * @param message Resync message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.Resync.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Resync message, length delimited. Does not implicitly {@link parley.v1.Resync.verify|verify} messages.
             * @param message Resync message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.Resync.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Resync message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.Resync & parley.v1.Resync.$Shape} Resync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Resync & parley.v1.Resync.$Shape;

            /**
             * Decodes a Resync message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.Resync & parley.v1.Resync.$Shape} Resync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.Resync & parley.v1.Resync.$Shape;

            /**
             * Verifies a Resync message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Resync message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Resync
             */
            static fromObject(object: { [k: string]: any }): parley.v1.Resync;

            /**
             * Creates a plain object from a Resync message. Also converts values to other types if specified.
             * @param message Resync
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.Resync, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Resync to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Resync
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Resync {

            /** Properties of a Resync. */
            interface $Properties {

                /** Resync cursor */
                cursor?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Resync. */
            type $Shape = parley.v1.Resync.$Properties;
        }

        /**
         * Properties of an Error.
         * @deprecated Use parley.v1.Error.$Properties instead.
         */
        interface IError extends parley.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: parley.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: string;

            /** Error message. */
            message: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: parley.v1.Error.$Shape): parley.v1.Error & parley.v1.Error.$Shape;
            static create(properties?: parley.v1.Error.$Properties): parley.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link parley.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: parley.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link parley.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: parley.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {parley.v1.Error & parley.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.v1.Error & parley.v1.Error.$Shape;

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {parley.v1.Error & parley.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): parley.v1.Error & parley.v1.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): parley.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: parley.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = parley.v1.Error.$Properties;
        }
    }
}
