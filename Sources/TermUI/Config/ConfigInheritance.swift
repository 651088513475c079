/// Resolves `"inherits"` across layers of definitions (shipped files first, then the user's),
/// building each value from its parent's.
///
/// A name means the definition in the highest layer that has it and loads; a definition
/// that inherits its own name means the one a layer below (a user file extending the
/// shipped file it overrides). A definition that cannot be built is skipped, with an
/// error on its `"inherits"` line, and the next layer down takes its place.
struct ConfigInheritance<Body, Value> {
    private struct ID: Hashable {
        let layer: Int
        let name: String
    }

    private enum State {
        case resolving
        case resolved(Value)
        case failed
    }

    private enum Lookup {
        case found(Value)
        case missing
        case failed
    }

    private let kind: ConfigKind
    private var layers: [[String: ConfigDefinition<Body>]] = []
    private let build: (Value?, ConfigDefinition<Body>) -> Value
    private var states: [ID: State] = [:]
    private var stack: [ID] = []
    private var problems: [ConfigProblem] = []

    /// Every name's value, and the problems found: duplicate names, missing parents, cycles.
    ///
    /// - Parameters:
    ///   - layers: definitions by layer, lowest (shipped) first, each in file order.
    ///   - build: makes a value from the parent's value (nil without `"inherits"`) and a definition.
    static func resolve(kind: ConfigKind, layers: [[ConfigDefinition<Body>]],
                        build: @escaping (Value?, ConfigDefinition<Body>) -> Value)
        -> (values: [String: Value], problems: [ConfigProblem]) {
        var resolver = ConfigInheritance(kind: kind, build: build)
        for definitions in layers {
            resolver.addLayer(definitions)
        }
        var values: [String: Value] = [:]
        let names = Set(resolver.layers.flatMap(\.keys)).sorted()
        for name in names {
            if case .found(let value) = resolver.lookup(name, below: resolver.layers.count) {
                values[name] = value
            }
        }
        return (values, resolver.problems)
    }

    private init(kind: ConfigKind, build: @escaping (Value?, ConfigDefinition<Body>) -> Value) {
        self.kind = kind
        self.build = build
    }

    private mutating func addLayer(_ definitions: [ConfigDefinition<Body>]) {
        var byName: [String: ConfigDefinition<Body>] = [:]
        for definition in definitions {
            if let earlier = byName[definition.name] {
                fail(definition, line: definition.nameLine, key: "name",
                     "\(kind.noun) \"\(definition.name)\" is already defined in \(earlier.file)")
            } else {
                byName[definition.name] = definition
            }
        }
        layers.append(byName)
    }

    /// The value `name` stands for, looking in the layers below `layer`, highest first.
    private mutating func lookup(_ name: String, below layer: Int) -> Lookup {
        var sawFailure = false
        for candidate in stride(from: layer - 1, through: 0, by: -1) {
            guard let definition = layers[candidate][name] else { continue }
            let id = ID(layer: candidate, name: name)
            if case .resolving = states[id] {
                reportCycle(closingAt: id)
                return .failed
            }
            if let value = resolve(id, definition) { return .found(value) }
            sawFailure = true
        }
        return sawFailure ? .failed : .missing
    }

    private mutating func resolve(_ id: ID, _ definition: ConfigDefinition<Body>) -> Value? {
        switch states[id] {
        case .resolved(let value): return value
        case .failed, .resolving: return nil
        case nil: break
        }
        var parentValue: Value?
        if let parent = definition.parent {
            states[id] = .resolving
            stack.append(id)
            let outcome = lookup(parent.name, below: parent.name == id.name ? id.layer : layers.count)
            stack.removeLast()
            if case .found(let value) = outcome {
                parentValue = value
            } else {
                if case .failed = states[id] { return nil }
                states[id] = .failed
                fail(definition, line: parent.line, key: "inherits", missingParentMessage(parent, of: id, outcome))
                return nil
            }
        }
        let value = build(parentValue, definition)
        states[id] = .resolved(value)
        return value
    }

    private func missingParentMessage(_ parent: ConfigDefinition<Body>.Parent, of id: ID, _ outcome: Lookup) -> String {
        switch outcome {
        case .missing where parent.name == id.name:
            return "a \(kind.noun) may inherit its own name only to extend a shipped one, and there is none"
        case .missing:
            return "there is no \(kind.noun) named \"\(parent.name)\""
        default:
            return "\(kind.noun) \"\(parent.name)\" could not be loaded (see the problems reported for it)"
        }
    }

    /// Fails every definition on the stack from `id` up: each inherits, through the others, from itself.
    private mutating func reportCycle(closingAt id: ID) {
        guard let start = stack.firstIndex(of: id) else { return }
        let members = stack[start...]
        let chain = (members.map(\.name) + [id.name]).joined(separator: " → ")
        for member in members {
            guard let definition = layers[member.layer][member.name] else { continue }
            fail(definition, line: definition.parent?.line ?? 0, key: "inherits",
                 "\(kind.noun)s inherit from each other in a cycle: \(chain)")
            states[member] = .failed
        }
    }

    private mutating func fail(_ definition: ConfigDefinition<Body>, line: Int, key: String, _ message: String) {
        problems.append(ConfigProblem(file: definition.file, line: line, keyPath: key, message: message, severity: .error))
    }
}
