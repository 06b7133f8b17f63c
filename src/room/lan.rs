//! Which address the room listens on by default: the laptop's own address on the room's
//! network (Wi-Fi or hotspot), so phones on that network can reach it.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// The port the room prefers (easy to allow in a firewall); any free port when taken.
pub const PORT: u16 = 8737;

/// The laptop's first private IPv4 address that is up, with the interface's name; the
/// loopback address (this laptop only) when there is none.
pub fn default_bind() -> (SocketAddr, String) {
    let found = if_addrs::get_if_addrs().ok().and_then(|list| {
        list.into_iter()
            .filter(|i| !i.is_loopback() && i.is_oper_up())
            .filter_map(|i| match i.ip() {
                IpAddr::V4(v4) if v4.is_private() => Some((v4, i.name)),
                _ => None,
            })
            .min_by_key(|(_, name)| wireless_first(name))
    });
    match found {
        Some((ip, name)) => (SocketAddr::new(IpAddr::V4(ip), PORT), name),
        None => (
            SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), PORT),
            "lo".to_string(),
        ),
    }
}

/// Wi-Fi interfaces before wired ones before virtual ones (docker, VPN).
fn wireless_first(name: &str) -> u8 {
    let n = name.to_ascii_lowercase();
    if n.starts_with("wl") || n.contains("wi-fi") || n.starts_with("en0") {
        0
    } else if n.starts_with("en") || n.starts_with("eth") {
        1
    } else {
        2
    }
}
