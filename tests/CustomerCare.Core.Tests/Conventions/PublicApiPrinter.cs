// Turns an assembly's public surface into sorted, one-line signatures, grouped by namespace, for the API snapshot.
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace CustomerCare.Core.Tests.Conventions;

/// <summary>Prints the public and protected surface of assemblies as stable text (ordinal order, no line depends on metadata order).</summary>
public static class PublicApiPrinter
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Type, string> Aliases = new()
    {
        [typeof(void)] = "void",
        [typeof(object)] = "object",
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte",
        [typeof(short)] = "short",
        [typeof(ushort)] = "ushort",
        [typeof(int)] = "int",
        [typeof(uint)] = "uint",
        [typeof(long)] = "long",
        [typeof(ulong)] = "ulong",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
        [typeof(char)] = "char",
        [typeof(nint)] = "nint",
        [typeof(nuint)] = "nuint",
    };

    /// <summary>Returns, per namespace, the sorted signature lines of every exported type of <paramref name="assemblies"/>.</summary>
    public static SortedDictionary<string, List<string>> Print(params Assembly[] assemblies)
    {
        var result = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var type in assemblies.SelectMany(a => a.GetExportedTypes()))
        {
            var ns = type.Namespace ?? "(global)";
            if (!result.TryGetValue(ns, out var lines))
            {
                result[ns] = lines = [];
            }

            lines.Add(TypeHeader(type));
            lines.AddRange(Members(type).Select(m => $"{TypeName(type)} :: {m}"));
        }

        foreach (var lines in result.Values)
        {
            lines.Sort(StringComparer.Ordinal);
        }

        return result;
    }

    private static string TypeHeader(Type type)
    {
        var sb = new StringBuilder(TypeName(type)).Append(" = ");
        if (type.IsEnum)
        {
            return sb.Append("enum : ").Append(TypeName(Enum.GetUnderlyingType(type))).ToString();
        }

        if (type.IsInterface)
        {
            sb.Append("interface");
        }
        else if (typeof(Delegate).IsAssignableFrom(type))
        {
            var invoke = type.GetMethod("Invoke")!;
            return sb.Append("delegate ").Append(TypeName(invoke.ReturnType)).Append(Parameters(invoke)).ToString();
        }
        else if (type.IsValueType)
        {
            sb.Append(type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly " : string.Empty)
              .Append(type.IsByRefLike ? "ref " : string.Empty)
              .Append("struct");
        }
        else
        {
            sb.Append(type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty)
              .Append("class");
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(TypeName(baseType));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(TypeName).Order(StringComparer.Ordinal));
        if (bases.Count > 0)
        {
            sb.Append(" : ").AppendJoin(", ", bases);
        }

        return sb.ToString();
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            yield break;
        }

        foreach (var member in type.GetMembers(Declared))
        {
            var line = member switch
            {
                ConstructorInfo c when Visible(c) => $"{Access(c)}{(c.IsStatic ? "static " : string.Empty)}ctor{Parameters(c)}",
                MethodInfo m when Visible(m) && !m.IsSpecialName && !m.Name.Contains('<', StringComparison.Ordinal) => Method(m),
                MethodInfo m when Visible(m) && m.IsSpecialName && m.Name.StartsWith("op_", StringComparison.Ordinal) => Method(m),
                PropertyInfo p when Visible(p.GetMethod) || Visible(p.SetMethod) => Property(p),
                FieldInfo f when (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.Name.Contains('<', StringComparison.Ordinal) => Field(f),
                EventInfo e when Visible(e.AddMethod) => $"{Access(e.AddMethod!)}event {TypeName(e.EventHandlerType!)} {e.Name}",
                _ => null,
            };
            if (line is not null)
            {
                yield return line;
            }
        }
    }

    private static bool Visible(MethodBase? m) => m is not null && (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly);

    private static string Access(MethodBase m) => m.IsPublic ? "public " : "protected ";

    private static string Method(MethodInfo m)
    {
        var sb = new StringBuilder(Access(m));
        if (m.IsStatic)
        {
            sb.Append("static ");
        }
        else if (m.IsAbstract)
        {
            sb.Append("abstract ");
        }
        else if (m.IsVirtual && !m.IsFinal)
        {
            sb.Append(m.GetBaseDefinition() != m ? "override " : "virtual ");
        }
        else if (m.IsVirtual && m.GetBaseDefinition() != m)
        {
            sb.Append("sealed override ");
        }

        sb.Append(TypeName(m.ReturnType)).Append(' ').Append(m.Name);
        if (m.IsGenericMethodDefinition)
        {
            sb.Append('<').AppendJoin(", ", m.GetGenericArguments().Select(a => a.Name)).Append('>');
        }

        return sb.Append(Parameters(m)).ToString();
    }

    private static string Property(PropertyInfo p)
    {
        var getter = Visible(p.GetMethod) ? p.GetMethod : null;
        var setter = Visible(p.SetMethod) ? p.SetMethod : null;
        var any = (getter ?? setter)!;
        var sb = new StringBuilder(Access(any)).Append(any.IsStatic ? "static " : string.Empty)
            .Append(TypeName(p.PropertyType)).Append(' ').Append(p.Name);
        var index = p.GetIndexParameters();
        if (index.Length > 0)
        {
            sb.Append('[').AppendJoin(", ", index.Select(Parameter)).Append(']');
        }

        sb.Append(" {");
        if (getter is not null)
        {
            sb.Append(getter.IsPublic ? " get;" : " protected get;");
        }

        if (setter is not null)
        {
            var init = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            sb.Append(setter.IsPublic ? " " : " protected ").Append(init ? "init;" : "set;");
        }

        return sb.Append(" }").ToString();
    }

    private static string Field(FieldInfo f)
    {
        var prefix = f.IsPublic ? "public " : "protected ";
        if (f.IsLiteral)
        {
            return $"{prefix}const {TypeName(f.FieldType)} {f.Name} = {f.GetRawConstantValue()}";
        }

        return $"{prefix}{(f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{TypeName(f.FieldType)} {f.Name}";
    }

    private static string Parameters(MethodBase m)
    {
        var ps = m.GetParameters().Select(Parameter).ToList();
        if (m.IsDefined(typeof(ExtensionAttribute)) && ps.Count > 0)
        {
            ps[0] = "this " + ps[0];
        }

        return "(" + string.Join(", ", ps) + ")";
    }

    private static string Parameter(ParameterInfo p)
    {
        var type = p.ParameterType;
        var prefix = string.Empty;
        if (type.IsByRef)
        {
            prefix = p.IsOut ? "out " : p.IsIn ? "in " : "ref ";
            type = type.GetElementType()!;
        }

        if (p.IsDefined(typeof(ParamArrayAttribute)))
        {
            prefix = "params ";
        }

        var text = $"{prefix}{TypeName(type)} {p.Name}";
        if (!p.HasDefaultValue)
        {
            return text;
        }

        var value = p.DefaultValue switch
        {
            null => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? "default" : "null",
            string s => $"\"{s}\"",
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
        return $"{text} = {value}";
    }

    /// <summary>Formats a type name the way C# spells it, with namespaces, generic arguments and nesting.</summary>
    public static string TypeName(Type type)
    {
        if (Aliases.TryGetValue(type, out var alias))
        {
            return alias;
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsByRef || type.IsPointer)
        {
            return TypeName(type.GetElementType()!) + (type.IsPointer ? "*" : "&");
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        var name = type.IsNested ? TypeName(type.DeclaringType!.IsGenericTypeDefinition && type.IsGenericType
                ? type.DeclaringType
                : type.DeclaringType!) + "." + type.Name
            : type.Namespace + "." + type.Name;
        var tick = name.LastIndexOf('`');
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (type.IsGenericType)
        {
            var args = type.GetGenericArguments();
            var own = type.IsNested && type.DeclaringType!.IsGenericType ? args.Skip(type.DeclaringType.GetGenericArguments().Length) : args;
            var list = own.ToList();
            if (list.Count > 0)
            {
                name += "<" + string.Join(", ", list.Select(TypeName)) + ">";
            }
        }

        return name;
    }
}
