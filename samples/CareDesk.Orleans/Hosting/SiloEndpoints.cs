// Where one silo of a loopback cluster listens, and which cluster it joins.
namespace CareDesk.Orleans.Hosting;

/// <summary>Where one silo listens, and the cluster it joins.</summary>
/// <param name="ClusterId">The cluster's id (fresh for every run).</param>
/// <param name="SiloPort">The silo-to-silo port.</param>
/// <param name="GatewayPort">The client gateway port.</param>
/// <param name="PrimaryPort">The silo port of the primary silo (localhost clustering).</param>
public readonly record struct SiloEndpoints(string ClusterId, int SiloPort, int GatewayPort, int PrimaryPort);
