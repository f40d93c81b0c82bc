//! Links the `seeds-convert` executable position-dependent (`-no-pie`) on Linux.
//!
//! Why: a run over one seed takes about 2 ms, and a PIE binary of this size spends 0.5 ms of that before
//! `main`, applying ~27,000 relocations and copying the 500 KB they touch (measured with hyperfine: `--version`
//! 1.3 ms as PIE, 0.8 ms without, the floor of a hello-world being 0.7 ms). The cost: the executable's own
//! code is not address-randomised (libraries, heap and stacks still are). Set `SEEDS_CONVERT_PIE=1` when
//! building to keep the default PIE link.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=SEEDS_CONVERT_PIE");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    if linux && std::env::var_os("SEEDS_CONVERT_PIE").is_none() {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
