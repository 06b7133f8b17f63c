//! The `foorumi` binary: parses the command line and hands over to the library.

use clap::Parser;

fn main() {
    let cli = foorumi::cli::Cli::parse();
    std::process::exit(foorumi::cli::run(cli));
}
