use seeds_convert::decode::{self, clean::clean};
fn garble(bytes: &[u8], latin1: bool) -> Vec<u8> {
    let text: String = if latin1 {
        bytes.iter().map(|&b| char::from(b)).collect()
    } else {
        encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()
    };
    text.into_bytes()
}
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = decode::decode(&std::fs::read(&args[1]).unwrap()).text;
    let bytes = match args[2].as_str() {
        "m1" => garble(text.as_bytes(), false),
        "m2" => garble(&garble(text.as_bytes(), false), false),
        "l1" => garble(text.as_bytes(), true),
        "1258" => seeds_convert::decode::legacy::encode_windows_1258(&text).unwrap(),
        _ => panic!(),
    };
    let d = decode::decode(&bytes);
    println!("enc {} {:?}", d.encoding, d.mojibake);
    let a = clean(&text).lines;
    let b = clean(&d.text).lines;
    for (x, y) in a.iter().zip(b.iter()) {
        if x.text != y.text {
            println!("WANT {}\nGOT  {}\n", x.text, y.text);
        }
    }
    println!("{:?}", seeds_convert::decode::vietnamese::score(&text));
}
