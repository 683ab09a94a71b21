// The rule behind the immutability convention test, kept apart so that it can itself be tested on known-bad types.
using System.Reflection;
using System.Runtime.CompilerServices;

namespace CustomerCare.Core.Tests.Conventions;

/// <summary>
/// Finds public types that break the house rule: every public class is sealed, static or abstract, and every
/// public class or struct keeps only read-only instance state — unless it carries <c>[MutableByDesign]</c>
/// (builders, options, struct accumulators). The check is shallow: a read-only field of a mutable type passes.
/// </summary>
public static class ImmutabilityRules
{
    private const BindingFlags InstanceDeclared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    /// <summary>Returns one message per violation found among <paramref name="types"/>.</summary>
    public static IEnumerable<string> Violations(IEnumerable<Type> types)
    {
        foreach (var type in types)
        {
            if (type.IsInterface || type.IsEnum || typeof(Delegate).IsAssignableFrom(type)
                || type.GetCustomAttributes(false).Any(a => a.GetType().Name == "MutableByDesignAttribute"))
            {
                continue;
            }

            if (type.IsClass && !type.IsSealed && !type.IsAbstract)
            {
                yield return $"{type.FullName} is a public class that is neither sealed, static nor abstract.";
            }

            foreach (var field in type.GetFields(InstanceDeclared).Where(f => !f.IsInitOnly && !f.IsLiteral))
            {
                yield return $"{type.FullName} has a mutable instance field '{field.Name}'.";
            }

            foreach (var property in type.GetProperties(InstanceDeclared))
            {
                if (property.SetMethod is { IsPublic: true } setter
                    && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                {
                    yield return $"{type.FullName} has a public setter on '{property.Name}'.";
                }
            }
        }
    }
}
